package org.schoolhub.support.projection;

import org.schoolhub.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * A replay's fresh tables are empty copies with the live tables' keys, checks, indexes and
 * references between them; the swap puts them in place with the views on them; a replay that
 * fails leaves nothing behind. On throwaway tables of this test in {@code public}, where
 * {@link ShadowTables} finds the live ones.
 */
class ShadowTablesTest {

    private final TestDatabase database = new TestDatabase();
    private final JdbcTemplate jdbc = new JdbcTemplate(database.onDefaultSearchPath());
    private final ShadowTables shadows =
            new ShadowTables(jdbc, new JdbcTransactionManager(database.onDefaultSearchPath()));
    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String parent = "shadow_parent_" + suffix;
    private final String child = "shadow_child_" + suffix;
    private final String view = "shadow_view_" + suffix;
    private final String schema = ShadowTables.SCHEMA_PREFIX + suffix;

    @AfterEach
    void dropEverything() {
        jdbc.execute("drop view if exists public." + view);
        jdbc.execute("drop table if exists public." + child + ", public." + parent);
        jdbc.execute("drop schema if exists " + schema + " cascade");
        database.close();
    }

    private void liveTables() {
        jdbc.execute("create table public." + parent + " (id uuid primary key, code text not null unique, "
                + "amount bigint not null default 0 check (amount >= 0))");
        jdbc.execute("create index " + parent + "_amount on public." + parent + " (amount) where amount > 0");
        jdbc.execute("create table public." + child + " (id uuid primary key, parent uuid not null references public."
                + parent + " (id))");
        jdbc.execute("create view public." + view + " as select id, amount from public." + parent);
        jdbc.update("insert into public." + parent + " (id, code, amount) values (?, 'live', 1)", UUID.randomUUID());
    }

    @Test
    void the_copies_are_empty_and_keep_keys_checks_defaults_indexes_and_references() {
        liveTables();

        shadows.create(schema, List.of(parent, child));

        assertThat(count(schema + "." + parent)).isZero();
        UUID id = UUID.randomUUID();
        jdbc.update("insert into " + schema + "." + parent + " (id, code) values (?, 'a')", id);
        assertThat(jdbc.queryForObject("select amount from " + schema + "." + parent, Long.class)).as("default").isZero();
        assertThatThrownBy(() -> jdbc.update("insert into " + schema + "." + parent + " (id, code) values (?, 'a')",
                UUID.randomUUID())).as("unique").hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> jdbc.update("insert into " + schema + "." + parent + " (id, code, amount) values (?, 'b', -1)",
                UUID.randomUUID())).as("check").hasMessageContaining("check constraint");
        assertThatThrownBy(() -> jdbc.update("insert into " + schema + "." + child + " (id, parent) values (?, ?)",
                UUID.randomUUID(), UUID.randomUUID())).as("reference to the copy").hasMessageContaining("foreign key");
        jdbc.update("insert into " + schema + "." + child + " (id, parent) values (?, ?)", UUID.randomUUID(), id);
        assertThat(jdbc.queryForList("select indexname from pg_indexes where schemaname = ?", String.class, schema))
                .contains(parent + "_amount", parent + "_pkey", child + "_pkey");
        assertThat(count("public." + parent)).as("the live table is untouched").isOne();
    }

    @Test
    void the_swap_puts_the_copies_in_place_and_makes_the_views_again() {
        liveTables();
        shadows.create(schema, List.of(parent, child));
        jdbc.update("insert into " + schema + "." + parent + " (id, code, amount) values (?, 'replayed', 7)",
                UUID.randomUUID());
        boolean[] ranInside = {false};

        shadows.swap(schema, List.of(parent, child), () -> ranInside[0] = true);

        assertThat(ranInside[0]).isTrue();
        assertThat(jdbc.queryForList("select code from public." + parent, String.class)).containsExactly("replayed");
        assertThat(jdbc.queryForList("select amount from public." + view, Long.class)).containsExactly(7L);
        assertThat(shadows.leftOver()).doesNotContain(schema);
    }

    @Test
    void a_failed_replay_drops_its_schema_and_whatever_it_holds() {
        liveTables();
        shadows.create(schema, List.of(parent, child));
        assertThat(shadows.leftOver()).contains(schema);

        shadows.drop(schema);

        assertThat(shadows.leftOver()).doesNotContain(schema);
        assertThat(count("public." + parent)).isOne();
    }

    @Test
    void a_table_drawing_on_a_sequence_is_refused_and_leaves_no_schema() {
        jdbc.execute("create table public." + parent + " (id bigserial primary key)");

        assertThatThrownBy(() -> shadows.create(schema, List.of(parent))).hasMessageContaining("sequence");
        assertThat(shadows.leftOver()).doesNotContain(schema);
    }

    @Test
    void a_name_that_is_not_plain_sql_is_refused() {
        assertThatThrownBy(() -> shadows.create("replay_x; drop table x", List.of(parent)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shadows.create(schema, List.of("a\"b"))).isInstanceOf(IllegalArgumentException.class);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
