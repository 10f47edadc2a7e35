package org.schoolhub.service.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.sqlite.Function;

/**
 * What an import of a Stage-0 file must report, worked out independently of the importer: plain
 * SQL on the file, from the rules of API.md (deleted rows and their families' rows skipped, the
 * later of two logins with one e-mail skipped, orphans skipped).
 */
final class Stage0Oracle {

    private static final String ELIGIBLE = """
            with eligible as (
              select u.id, jlower(trim(u.email)) k, u.password_hash h, u.role r from users u
               where u.deleted_at is null and (u.role in ('admin', 'coordinator') or exists (
                 select 1 from family_members m join families f on f.id = m.family_id
                  where m.user_id = u.id and f.deleted_at is null))),
            imported as (select * from eligible e where not exists (select 1 from eligible e2 where e2.k = e.k and e2.id < e.id)),
            kids as (select c.* from children c join families f on f.id = c.family_id
                      where c.deleted_at is null and f.deleted_at is null)
            """;

    private final Map<String, Long> figures = new LinkedHashMap<>();

    Stage0Oracle(byte[] file, int thisYear) {
        try {
            Path copy = Files.createTempFile("stage0-oracle-", ".sqlite");
            Files.write(copy, file);
            try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                // SQLite's lower() knows ASCII only; e-mails compare case-insensitively in every script
                Function.create(sqlite, "jlower", new Function() {
                    @Override
                    protected void xFunc() throws SQLException {
                        String value = value_text(0);
                        result(value == null ? null : value.toLowerCase(Locale.ROOT));
                    }
                });
                put(sqlite, "families.read", "select count(*) from families");
                put(sqlite, "families.imported", "select count(*) from families where deleted_at is null");
                put(sqlite, "users.read", "select count(*) from users");
                put(sqlite, "users.imported", "select count(*) from imported");
                put(sqlite, "children.read", "select count(*) from children");
                put(sqlite, "children.imported", "select count(*) from kids");
                put(sqlite, "families.DELETED_IN_STAGE0", "select count(*) from families where deleted_at is not null");
                put(sqlite, "families.NO_GUARDIAN", """
                        select count(*) from families f where f.deleted_at is null and not exists (
                          select 1 from family_members m join imported i on i.id = m.user_id where m.family_id = f.id)""");
                put(sqlite, "users.DELETED_IN_STAGE0", """
                        select count(*) from users u where u.deleted_at is not null or (u.role = 'parent'
                          and u.id not in (select id from eligible))""");
                put(sqlite, "users.DUPLICATE_EMAIL", "select (select count(*) from eligible) - (select count(*) from imported)");
                put(sqlite, "users.PASSWORD_RESET_REQUIRED",
                        "select count(*) from imported where h is null or h not like '$2%'");
                put(sqlite, "children.DELETED_IN_STAGE0", """
                        select count(*) from children c where c.deleted_at is not null or c.family_id in (
                          select id from families where deleted_at is not null)""");
                put(sqlite, "children.ORPHAN_CHILD", """
                        select count(*) from children c where c.deleted_at is null
                           and (c.family_id is null or c.family_id not in (select id from families))""");
                put(sqlite, "children.BIRTH_DATE_UNKNOWN", "select count(*) from kids where birth_date is null"
                        + " or (birth_date like '____-__-__' and cast(substr(birth_date, 1, 4) as integer) not between "
                        + (thisYear - 25) + " and " + thisYear + ")");
            }
            Files.delete(copy);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long get(String figure) {
        return figures.get(figure);
    }

    Map<String, Long> problems() {
        Map<String, Long> problems = new LinkedHashMap<>();
        figures.forEach((k, v) -> {
            if (!k.endsWith(".read") && !k.endsWith(".imported") && v > 0) {
                problems.put(k, v);
            }
        });
        return problems;
    }

    private void put(Connection sqlite, String figure, String sql) throws SQLException {
        try (Statement statement = sqlite.createStatement(); ResultSet rs = statement.executeQuery(ELIGIBLE + sql)) {
            rs.next();
            figures.put(figure, rs.getLong(1));
        }
    }
}
