package org.schoolhub.operations.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One line per imported row, in the same form whether made from the source (after the
 * documented normalisations) or read back from the ledger's tables: the two checksums of a
 * report are SHA-256 of these lines, sorted, so they are equal exactly when what was imported is
 * what the source said.
 */
final class Canonical {

    private Canonical() {
    }

    static String family(long id, String name, String address) {
        return line("families", id, name, address);
    }

    static String guardian(long id, long familyId, String name, String email, String hash, String phone,
                           String language) {
        return line("users", id, "guardian of " + familyId, name, email, hash, phone, language);
    }

    static String staff(long id, String name, String email, String hash, String phone, String language) {
        return line("users", id, "coordinator", name, email, hash, phone, language);
    }

    static String child(long id, long familyId, String firstName, String lastName, Integer birthYear,
                        String className, String allergies) {
        return line("children", id, "child of " + familyId, firstName, lastName,
                birthYear == null ? null : birthYear.toString(), className, allergies);
    }

    static String checksum(List<String> sortedLines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : sortedLines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value for a problem's detail: short, on one line. */
    static String shown(String value) {
        if (value == null) {
            return "";
        }
        String flat = value.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
    }

    /** Fields separated by a unit separator, null as a distinct mark, so that no two rows read alike. */
    private static String line(String table, long id, String... fields) {
        StringBuilder line = new StringBuilder(table).append('\u001f').append(id);
        for (String field : fields) {
            line.append('\u001f').append(field == null ? "\u2400" : field);
        }
        return line.toString();
    }
}
