package org.schoolhub.service.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.schoolhub.service.config.properties.SchoolhubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tries the database every {@code interval} and remembers since when it has been unreachable, so
 * that liveness can say DOWN once an outage lasts longer than {@code limit}: the service then
 * cannot heal itself (its embedded server does not come back, a connection to an external one
 * stays broken), and a supervisor restarting it is the next thing to try.
 */
@Component
public class DatabaseReachability implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseReachability.class);

    private final BooleanSupplier probe;
    private final Duration interval;
    private final Duration limit;
    private final Clock clock;
    private final AtomicReference<Instant> unreachableSince = new AtomicReference<>();
    private ScheduledExecutorService checks;

    @Autowired
    DatabaseReachability(DataSource dataSource, SchoolhubProperties properties) {
        this(() -> reachable(dataSource), properties.health().databaseCheckInterval(),
                properties.health().databaseOutageLimit(), Clock.systemUTC());
    }

    DatabaseReachability(BooleanSupplier probe, Duration interval, Duration limit, Clock clock) {
        this.probe = probe;
        this.interval = interval;
        this.limit = limit;
        this.clock = clock;
    }

    /** Tries the database once. */
    void check() {
        if (probe.getAsBoolean()) {
            if (unreachableSince.getAndSet(null) != null) {
                log.info("The database is reachable again");
            }
        } else if (unreachableSince.compareAndSet(null, clock.instant())) {
            log.warn("The database is unreachable");
        }
    }

    /** How long the database has been unreachable, beyond the limit, if it has been that long. */
    Optional<Duration> outageBeyondLimit() {
        Instant since = unreachableSince.get();
        if (since == null) {
            return Optional.empty();
        }
        Duration outage = Duration.between(since, clock.instant());
        return outage.compareTo(limit) > 0 ? Optional.of(outage) : Optional.empty();
    }

    Duration limit() {
        return limit;
    }

    private static boolean reachable(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public synchronized void start() {
        checks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "database-reachability");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (checks != null) {
            checks.shutdownNow();
            checks = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return checks != null;
    }
}
