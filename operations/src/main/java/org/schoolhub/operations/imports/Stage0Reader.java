package org.schoolhub.operations.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads every row the import accounts for, ordered by id so that "the later row" is well defined. */
final class Stage0Reader {

    private Stage0Reader() {
    }

    static Stage0Data read(Connection sqlite) {
        try {
            return new Stage0Data(version(sqlite), users(sqlite), families(sqlite), members(sqlite), children(sqlite));
        } catch (SQLException e) {
            throw Stage0File.invalid("a table cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String version(Connection sqlite) throws SQLException {
        List<String> versions = query(sqlite, "select version from schema_version", rs -> text(rs, "version"));
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    private static List<Stage0Data.User> users(Connection sqlite) throws SQLException {
        return query(sqlite, """
                select id, email, password_hash, role, display_name, phone, preferred_language, deleted_at
                  from users order by id""", rs -> new Stage0Data.User(rs.getLong("id"), text(rs, "email"),
                text(rs, "password_hash"), text(rs, "role"), text(rs, "display_name"), text(rs, "phone"),
                text(rs, "preferred_language"), text(rs, "deleted_at")));
    }

    private static List<Stage0Data.FamilyRow> families(Connection sqlite) throws SQLException {
        return query(sqlite, "select id, name, address, deleted_at from families order by id",
                rs -> new Stage0Data.FamilyRow(rs.getLong("id"), text(rs, "name"), text(rs, "address"),
                        text(rs, "deleted_at")));
    }

    private static List<Stage0Data.Member> members(Connection sqlite) throws SQLException {
        return query(sqlite, "select family_id, user_id, relation from family_members order by family_id, user_id",
                rs -> new Stage0Data.Member(number(rs, "family_id"), number(rs, "user_id"), text(rs, "relation")));
    }

    private static List<Stage0Data.ChildRow> children(Connection sqlite) throws SQLException {
        return query(sqlite, """
                select id, family_id, first_name, last_name, birth_date, class_name, allergies, deleted_at
                  from children order by id""", rs -> new Stage0Data.ChildRow(rs.getLong("id"), number(rs, "family_id"),
                text(rs, "first_name"), text(rs, "last_name"), text(rs, "birth_date"), text(rs, "class_name"),
                text(rs, "allergies"), text(rs, "deleted_at")));
    }

    /** Any stored value as text (SQLite may hold a number where text was meant, or the reverse). */
    private static String text(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : String.valueOf(value);
    }

    /** An id column; a value that is not a whole number reads as null, "points nowhere". */
    private static Long number(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return value == null ? null : Long.valueOf(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(Connection sqlite, String sql, Row<T> row) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (Statement statement = sqlite.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(row.map(rs));
            }
        }
        return rows;
    }
}
