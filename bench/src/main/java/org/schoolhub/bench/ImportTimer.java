package org.schoolhub.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Imports a Stage-0 file (made by ../shared/stage0/make_stage0_db.py) through the operators' API
 * and times it from the upload until the report comes back: the import answers when every
 * family is committed and its checksum computed.
 *
 * <p>Usage: ImportTimer baseUrl adminPassword file families
 */
public final class ImportTimer {

    public static void main(String[] args) throws Exception {
        Http http = new Http(args[0], "admin", args[1]);
        long families = Long.parseLong(args[3]);
        long started = System.nanoTime();
        Http.Answer answer = http.postFile("/api/admin/imports", Path.of(args[2]), "application/vnd.sqlite3");
        double seconds = (System.nanoTime() - started) / 1e9;
        if (answer.status() != 201) {
            System.out.println(String.format(Locale.ROOT, "{\"import_families\":%d,\"import_families_per_s\":null,"
                    + "\"import_error\":\"POST /api/admin/imports answered %d\"}", families, answer.status()));
            return;
        }
        long imported = Http.number(answer.body().substring(answer.body().indexOf("\"families\":")), "imported");
        boolean match = answer.body().contains("\"match\":true");
        System.out.println(String.format(Locale.ROOT, "{\"import_families\":%d,\"import_families_imported\":%d,"
                        + "\"import_seconds\":%.2f,\"import_families_per_s\":%.1f,\"import_checksum_match\":%b}",
                families, imported, seconds, families / seconds, match));
    }

    private ImportTimer() {
    }
}
