package org.schoolhub.support.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A replay's fresh tables: empty copies of projection tables in a schema of their own, with the
 * same columns, constraints and index names, filled while readers keep reading the live ones, and
 * moved in their place in one transaction. Readers wait for that short transaction; they never see
 * an empty or half-built table.
 */
@Component
public class ShadowTables {

    /** Replay schemas are named with this prefix; one left over by a stopped service is dropped at start. */
    public static final String SCHEMA_PREFIX = "replay_";
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ShadowTables(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Creates {@code schema} with an empty copy of each table: columns, defaults, keys, checks, indexes. */
    public void create(String schema, List<String> tables) {
        check(schema);
        tables.forEach(ShadowTables::check);
        transaction.executeWithoutResult(status -> {
            jdbc.execute("create schema " + schema);
            for (String table : tables) {
                refuseSequences(table);
                jdbc.execute("create table %s.%s (like public.%s including defaults including generated "
                        .formatted(schema, table, table) + "including identity including constraints including storage)");
                for (Map.Entry<String, String> key : constraints(table, "contype in ('p', 'u', 'x')").entrySet()) {
                    jdbc.execute("alter table %s.%s add constraint %s %s".formatted(schema, table, key.getKey(), key.getValue()));
                }
                for (String index : plainIndexes(table)) {
                    jdbc.execute(onSchema(index, table, schema));
                }
            }
            // references between the copied tables point at the copies: read as the live tables name them,
            // then resolved on the replay's search path
            Map<String, String> references = new LinkedHashMap<>();
            for (String table : tables) {
                constraints(table, "contype = 'f'").forEach((name, definition) ->
                        references.put("alter table %s.%s add constraint %s ".formatted(schema, table, name), definition));
            }
            jdbc.execute("set local search_path = " + schema + ", public");
            references.forEach((alter, definition) -> jdbc.execute(alter + definition));
        });
    }

    /**
     * In one transaction: checks {@code stillValid} under the tables' exclusive locks, drops the live
     * tables (and the views on them, made again afterwards), moves the copies in their place and
     * drops the empty schema. {@code alsoInTheSameTransaction} runs last, before the commit.
     */
    public void swap(String schema, List<String> tables, Runnable alsoInTheSameTransaction) {
        check(schema);
        transaction.executeWithoutResult(status -> {
            List<String> live = tables.stream().map(t -> "public." + t).toList();
            jdbc.execute("lock table " + String.join(", ", live) + " in access exclusive mode");
            Map<String, String> views = dependentViews(tables);
            views.keySet().forEach(view -> jdbc.execute("drop view " + view));
            jdbc.execute("drop table " + String.join(", ", live));
            tables.forEach(table -> jdbc.execute("alter table %s.%s set schema public".formatted(schema, table)));
            views.forEach((view, definition) -> jdbc.execute("create view " + view + " as " + definition));
            jdbc.execute("drop schema " + schema);
            alsoInTheSameTransaction.run();
        });
        tables.forEach(table -> jdbc.execute("analyze public." + table));
    }

    /** Drops a replay's schema and whatever it holds: a replay that failed leaves nothing behind. */
    public void drop(String schema) {
        check(schema);
        jdbc.execute("drop schema if exists " + schema + " cascade");
    }

    /** The replay schemas present, such as those of a replay cut off by a restart. */
    public List<String> leftOver() {
        return jdbc.queryForList("select nspname from pg_namespace where nspname like ? order by nspname",
                String.class, SCHEMA_PREFIX.replace("_", "\\_") + "%");
    }

    /** A column drawn from a sequence would share it with its copy, and lose it when the original is dropped. */
    private void refuseSequences(String table) {
        Integer serial = jdbc.queryForObject("""
                select count(*) from information_schema.columns
                 where table_schema = 'public' and table_name = ? and column_default like 'nextval(%'""",
                Integer.class, table);
        if (serial != null && serial > 0) {
            throw new IllegalStateException("projection table " + table + " draws a column from a sequence");
        }
    }

    private Map<String, String> constraints(String table, String kind) {
        Map<String, String> found = new LinkedHashMap<>();
        jdbc.query("select conname, pg_get_constraintdef(oid) from pg_constraint where conrelid = ?::regclass and "
                + kind + " order by conname", rs -> {
                    found.put(quoted(rs.getString(1)), rs.getString(2));
                }, "public." + table);
        return found;
    }

    /** Indexes of their own; those behind a key or a unique constraint come with the constraint. */
    private List<String> plainIndexes(String table) {
        return jdbc.queryForList("""
                select pg_get_indexdef(i.indexrelid) from pg_index i
                 where i.indrelid = ?::regclass
                   and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                 order by i.indexrelid""", String.class, "public." + table);
    }

    private Map<String, String> dependentViews(List<String> tables) {
        Map<String, String> views = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(tables.stream().map(t -> "public." + t).toList());
        jdbc.query("""
                select distinct v.oid::regclass::text, pg_get_viewdef(v.oid)
                  from pg_depend d
                  join pg_rewrite r on r.oid = d.objid
                  join pg_class v on v.oid = r.ev_class
                 where d.refobjid = any(?::regclass[]) and v.relkind = 'v' and v.oid <> d.refobjid""",
                rs -> {
                    views.put(rs.getString(1), rs.getString(2));
                }, (Object) names.toArray(String[]::new));
        return views;
    }

    private static String onSchema(String indexDefinition, String table, String schema) {
        Matcher on = Pattern.compile(" ON (ONLY )?(public\\.)?" + Pattern.quote(table) + " ").matcher(indexDefinition);
        if (!on.find()) {
            throw new IllegalStateException("unexpected index definition: " + indexDefinition);
        }
        return on.replaceFirst(Matcher.quoteReplacement(" ON " + schema + "." + table + " "));
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void check(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL name: " + name);
        }
    }
}
