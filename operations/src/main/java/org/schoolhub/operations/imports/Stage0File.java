package org.schoolhub.operations.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.sqlite.SQLiteConfig;

/**
 * An uploaded file that claims to be a Stage-0 database: opened read-only with the SQLite
 * driver only after its header says SQLite, then checked whole (a truncated file fails the
 * integrity check) and against the tables and columns the import reads. Anything else is refused
 * with IMPORT_FILE_INVALID before anything is written.
 */
final class Stage0File {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final Map<String, List<String>> COLUMNS = Map.of(
            "schema_version", List.of("version"),
            "users", List.of("id", "email", "password_hash", "role", "display_name", "phone", "preferred_language",
                    "deleted_at"),
            "families", List.of("id", "name", "address", "deleted_at"),
            "family_members", List.of("family_id", "user_id", "relation"),
            "children", List.of("id", "family_id", "first_name", "last_name", "birth_date", "class_name", "allergies",
                    "deleted_at"));

    private Stage0File() {
    }

    /** Opens the file read-only, refusing what is not a readable Stage-0 database. */
    static Connection open(Path file) {
        checkHeader(file);
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                    config.toProperties());
            try {
                checkIntegrity(connection);
                checkSchema(connection);
                return connection;
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw invalid("SQLite cannot read it (" + firstLine(e.getMessage()) + ")");
        }
    }

    static RejectedException invalid(String why) {
        return new RejectedException(ErrorCode.IMPORT_FILE_INVALID, why);
    }

    /**
     * The header names the page size and, when its counters agree, the number of pages: a file
     * of another length was cut short or has something else appended, and SQLite alone would
     * not always notice.
     */
    private static void checkHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(100);
            if (header.length == 0) {
                throw invalid("the file is empty");
            }
            if (header.length < HEADER.length || !java.util.Arrays.equals(header, 0, HEADER.length, HEADER, 0,
                    HEADER.length)) {
                throw invalid("it is not an SQLite database");
            }
            if (header.length < 100) {
                throw invalid("it is truncated (shorter than an SQLite header)");
            }
            java.nio.ByteBuffer fields = java.nio.ByteBuffer.wrap(header);
            int pageSize = Short.toUnsignedInt(fields.getShort(16));
            long pageBytes = pageSize == 1 ? 65_536 : pageSize;
            long pages = Integer.toUnsignedLong(fields.getInt(28));
            boolean pagesKnown = fields.getInt(24) == fields.getInt(92) && pages > 0;
            long length = Files.size(file);
            if (pagesKnown && length != pages * pageBytes) {
                throw invalid(length < pages * pageBytes ? "it is truncated (" + length + " bytes of "
                        + pages * pageBytes + ")" : "it has " + (length - pages * pageBytes)
                        + " bytes after the database's end");
            }
        } catch (IOException e) {
            throw invalid("it cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void checkIntegrity(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("pragma integrity_check(1)")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw invalid("it is damaged or truncated (" + firstLine(result) + ")");
            }
        }
    }

    private static void checkSchema(Connection connection) throws SQLException {
        for (Map.Entry<String, List<String>> table : COLUMNS.entrySet()) {
            Set<String> present = new HashSet<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("pragma table_info('" + table.getKey() + "')")) {
                while (rs.next()) {
                    present.add(rs.getString("name").toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (present.isEmpty()) {
                throw invalid("it has no table " + table.getKey() + ": not a Stage-0 database");
            }
            for (String column : table.getValue()) {
                if (!present.contains(column)) {
                    throw invalid("its table " + table.getKey() + " has no column " + column);
                }
            }
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown error";
        }
        String line = text.lines().findFirst().orElse(text);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
