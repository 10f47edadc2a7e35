package org.schoolhub.query.metrics;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.SelLimits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the metric read models; "now" is a parameter so that every figure of one answer agrees. */
@Component
public class MetricsReader {

    /** The trailing window of an active family, in days, today included. */
    static final int ACTIVE_WINDOW_DAYS = 30;

    /** Every (actor, day) of activity: commands and order lines, and transfers not reversed. */
    private static final String ACTIVITY = """
            select actor_id, day from metric_activity
             union all select family_id, day from metric_transfer_activity""";

    private final JdbcTemplate jdbc;
    private final Community community;
    private final long lowerLimit;
    private final long upperLimit;

    MetricsReader(JdbcTemplate jdbc, Community community, SelLimits limits) {
        this.jdbc = jdbc;
        this.community = community;
        this.lowerLimit = limits.lower();
        this.upperLimit = limits.upper();
    }

    public long activeFamilies(Instant now) {
        LocalDate today = MetricTime.day(now, community.zone());
        return count("select count(distinct a.actor_id) from (" + ACTIVITY + ") a"
                        + " join metric_family f on f.family_id = a.actor_id where a.day > ? and a.day <= ?",
                Date.valueOf(today.minusDays(ACTIVE_WINDOW_DAYS)), Date.valueOf(today));
    }

    public long selTransfersInMonth(Instant now) {
        return count("select count(*) from metric_sel_transfer where month = ? and not reversed", month(now));
    }

    public long selTransfersTotal() {
        return count("select count(*) from metric_sel_transfer where not reversed");
    }

    public long ordersInMonth(Instant now) {
        return count("select count(*) from metric_order_line where month = ? and not withdrawn", month(now));
    }

    /** Null while the community has no account yet: nothing to be within limits. */
    public Boolean balancesWithinLimits() {
        Map<String, Object> row = jdbc.queryForMap("""
                select count(*) as accounts, count(*) filter (where balance < ? or balance > ?) as outside
                  from sel_account""", lowerLimit, upperLimit);
        long accounts = ((Number) row.get("accounts")).longValue();
        return accounts == 0 ? null : ((Number) row.get("outside")).longValue() == 0;
    }

    public long balanceTotal() {
        return count("select coalesce(sum(balance), 0) from sel_account");
    }

    public int currentStage() {
        return jdbc.queryForList("select stage from community_stage where community_id = ?", Integer.class,
                community.communityId()).stream().findFirst().orElse(0);
    }

    /** Every stage change of the community, oldest first: advances and the returns of rolled back migrations. */
    public List<StageChange> stageHistory() {
        return jdbc.query("""
                select from_stage, to_stage, changed_at, overridden, reason from community_stage_history
                 where community_id = ? order by sequence""",
                (rs, n) -> new StageChange(rs.getInt(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getBoolean(4),
                        rs.getString(5)), community.communityId());
    }

    /** Latest value of each indicator recorded so far; absent names were never recorded. */
    public Map<String, Double> indicators() {
        Map<String, Double> values = new HashMap<>();
        jdbc.query("select name, value from metric_indicator",
                rs -> { values.put(rs.getString("name"), rs.getDouble("value")); });
        return values;
    }

    /** The last {@code months} calendar months, oldest first, the current one included. */
    public List<MonthlyFigures> monthly(int months, Instant now) {
        YearMonth current = YearMonth.from(now.atZone(community.zone()));
        YearMonth first = current.minusMonths(months - 1L);
        Map<String, long[]> sel = new HashMap<>();
        jdbc.query("""
                select month, count(*) as transfers, sum(amount) as volume from metric_sel_transfer
                 where not reversed and month >= ? and month <= ? group by month""",
                rs -> { sel.put(rs.getString("month"), new long[] {rs.getLong("transfers"), rs.getLong("volume")}); },
                first.toString(), current.toString());
        Map<String, Long> orders = byMonth("""
                select month, count(*) from metric_order_line where not withdrawn and month >= ? and month <= ?
                 group by month""", first, current);
        Map<String, Long> active = byMonth("select to_char(a.day, 'YYYY-MM') as month, count(distinct a.actor_id)"
                        + " from (" + ACTIVITY + ") a join metric_family f on f.family_id = a.actor_id"
                        + " where a.day >= ? and a.day <= ? group by 1",
                Date.valueOf(first.atDay(1)), Date.valueOf(current.atEndOfMonth()));
        List<MonthlyFigures> figures = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            String key = month.toString();
            long[] s = Optional.ofNullable(sel.get(key)).orElse(new long[2]);
            figures.add(new MonthlyFigures(key, s[0], s[1], active.getOrDefault(key, 0L), orders.getOrDefault(key, 0L)));
        }
        return figures;
    }

    private Map<String, Long> byMonth(String sql, Object from, Object to) {
        Map<String, Long> values = new HashMap<>();
        Object[] args = from instanceof YearMonth ? new Object[] {from.toString(), to.toString()} : new Object[] {from, to};
        jdbc.query(sql, rs -> { values.put(rs.getString(1), rs.getLong(2)); }, args);
        return values;
    }

    private String month(Instant now) {
        return MetricTime.month(now, community.zone());
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }

    /** One stage change: from, to, when, and whether a coordinator overrode the gate (and why). */
    public record StageChange(int fromStage, int toStage, Instant changedAt, boolean overridden, String reason) {
    }

    /** One month of the dashboard's charts. */
    public record MonthlyFigures(String month, long selTransfers, long selVolume, long activeFamilies, long orders) {
    }
}
