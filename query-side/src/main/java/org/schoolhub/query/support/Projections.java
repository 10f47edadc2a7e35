package org.schoolhub.query.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** What projections share beyond their annotation. */
public final class Projections {

    private Projections() {
    }

    /**
     * Empties a projection's tables for a replay, by truncation rather than {@code delete}: the
     * replay then writes into fresh tables and indexes instead of next to hundreds of thousands of
     * dead rows with the very same keys, each of which an {@code on conflict} check would visit.
     * Readers wait for the reset's short transaction; they never see a half-emptied table.
     */
    public static void empty(JdbcTemplate jdbc, String... tables) {
        jdbc.update("truncate table " + String.join(", ", tables));
    }
}
