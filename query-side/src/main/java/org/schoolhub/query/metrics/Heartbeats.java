package org.schoolhub.query.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.schoolhub.support.projection.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Uptime from heartbeats: every running node writes a row once a minute (the first one as soon
 * as it starts), and a gap longer than two minutes between two beats, or since the last one, is
 * downtime. So after an outage, the first beat of the restarted service closes a gap that shows.
 * The percentage covers the trailing 30 days, or the time since the first beat if that is shorter.
 */
@Component
public class Heartbeats implements SchedulingConfigurer {

    static final Duration WINDOW = Duration.ofDays(30);
    static final Duration MAX_GAP = Duration.ofMinutes(2);

    private static final String DOWNTIME = """
            with beats as (
                select beat_at, lag(beat_at) over (order by beat_at) as previous
                  from uptime_heartbeat where beat_at >= ? and beat_at <= ?)
            select min(beat_at) as first_beat, max(beat_at) as last_beat,
                   coalesce(sum(extract(epoch from beat_at - previous))
                            filter (where beat_at - previous > make_interval(secs => ?)), 0) as down_seconds
              from beats""";

    private final JdbcTemplate jdbc;
    private final HeartbeatSettings settings;
    private final UUID nodeId = UUID.randomUUID();
    private final Clock wallClock = Clock.systemUTC();

    Heartbeats(JdbcTemplate jdbc, HeartbeatSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** At a fixed rate from the start: the first beat as soon as the node runs. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedRateTask(this::beat, settings.interval());
    }

    /** Real time on purpose: a seeding run's pinned clock must not fake uptime. */
    void beat() {
        Instant now = wallClock.instant();
        jdbc.update("insert into uptime_heartbeat (node_id, beat_at) values (?, ?) on conflict do nothing",
                nodeId, Timestamps.of(now));
        jdbc.update("delete from uptime_heartbeat where beat_at < ?", Timestamps.of(now.minus(WINDOW).minus(WINDOW)));
    }

    /** Null when no heartbeat was ever written in the window. */
    public Double uptimePercent(Instant now) {
        Instant windowStart = now.minus(WINDOW);
        Map<String, Object> row = jdbc.queryForMap(DOWNTIME, Timestamps.of(windowStart), Timestamps.of(now),
                (double) MAX_GAP.toSeconds());
        if (row.get("first_beat") == null) {
            return null;
        }
        Instant first = ((java.sql.Timestamp) row.get("first_beat")).toInstant();
        Instant last = ((java.sql.Timestamp) row.get("last_beat")).toInstant();
        double down = ((Number) row.get("down_seconds")).doubleValue();
        Duration sinceLast = Duration.between(last, now);
        if (sinceLast.compareTo(MAX_GAP) > 0) {
            down += sinceLast.toMillis() / 1000.0;
        }
        double observed = Duration.between(first, now).toMillis() / 1000.0;
        if (observed <= 0) {
            return 100.0;
        }
        return Math.max(0, 100.0 * (1 - down / observed));
    }
}
