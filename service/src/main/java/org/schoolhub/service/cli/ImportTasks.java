package org.schoolhub.service.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;

/** {@code ops import-stage0 FILE [--dry-run]}: uploads the file and prints the import's report. */
final class ImportTasks {

    private final OpsHttp http;
    private final PrintStream out;

    ImportTasks(OpsHttp http, PrintStream out) {
        this.http = http;
        this.out = out;
    }

    int importStage0(String file, boolean dryRun) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new OpsHttp.OpsFailure("no such file: " + file);
        }
        JsonNode report = http.postFile("/api/admin/imports?dryRun=" + dryRun, path, "application/vnd.sqlite3").ok();
        print(report);
        return report.get("checksum").get("match").asBoolean() ? 0 : 3;
    }

    private void print(JsonNode report) {
        JsonNode source = report.get("source");
        out.printf("%s %s%s%n", report.get("dryRun").asBoolean() ? "Dry run (nothing written to the ledger)" : "Import",
                OpsTasks.text(report, "importId"),
                report.get("alreadyImported").asBoolean() ? ": this file was imported before" : "");
        out.printf("  source sha256 %s, schema %s%n  backup %s%n", OpsTasks.text(source, "sha256"),
                OpsTasks.text(source, "schemaVersion"), OpsTasks.text(source, "backup"));
        if (report.hasNonNull("snapshotId")) {
            out.printf("  ledger snapshot taken first: %s%n", OpsTasks.text(report, "snapshotId"));
        }
        out.printf("  %-10s %8s %8s %8s%n", "TABLE", "READ", "IMPORTED", "SKIPPED");
        report.get("tables").properties().forEach(table -> out.printf("  %-10s %8d %8d %8d%n", table.getKey(),
                table.getValue().get("read").asLong(), table.getValue().get("imported").asLong(),
                table.getValue().get("skipped").asLong()));
        JsonNode problems = report.get("problems");
        out.printf("  problems: %d%n", problems.size());
        problems.forEach(p -> out.printf("    %-9s %6d  %-24s %s%n", OpsTasks.text(p, "table"), p.get("rowId").asLong(),
                OpsTasks.text(p, "code"), OpsTasks.text(p, "detail")));
        JsonNode checksum = report.get("checksum");
        out.printf("  checksum source %s%n           imported %s%n  %s%n", OpsTasks.text(checksum, "source"),
                OpsTasks.text(checksum, "imported"), checksum.get("match").asBoolean()
                        ? "Checksums match: everything imported is what the source holds."
                        : "CHECKSUMS DIFFER: what the ledger holds is not what the source says.");
    }
}
