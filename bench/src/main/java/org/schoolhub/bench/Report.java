package org.schoolhub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers the figures of one run into bench.json and prints them as a table beside their targets.
 *
 * <p>Usage: Report outFile server startupJson baselineJson loadJson replayJson killJson importJson
 */
public final class Report {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|[^,}]+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> all = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            Matcher m = FIELD.matcher(args[i]);
            while (m.find()) {
                all.put(m.group(1), m.group(2));
            }
        }
        double transfers = num(all, "transfers_per_s");
        double baseline = num(all, "baseline_inserts_per_s");
        Map<String, String> out = new LinkedHashMap<>();
        out.put("date", quote(Instant.now().toString()));
        out.put("machine", quote(Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + ", Java " + System.getProperty("java.version")));
        out.put("server", quote(args[1]));
        out.put("clients", all.get("clients"));
        out.put("transfers_per_s", all.get("transfers_per_s"));
        out.put("p50_ms", all.get("p50_ms"));
        out.put("p95_ms", all.get("p95_ms"));
        out.put("p99_ms", all.get("p99_ms"));
        out.put("failed_requests", all.get("failed"));
        out.put("baseline_inserts_per_s", all.get("baseline_inserts_per_s"));
        out.put("ratio", String.format(Locale.ROOT, "%.3f", baseline == 0 ? 0 : transfers / baseline));
        out.put("replay_events", all.get("replay_events"));
        out.put("replay_events_per_s", all.getOrDefault("replay_events_per_s", "null"));
        out.put("heap_max_mb", all.get("heap_max_mb"));
        out.put("rss_mb", all.get("rss_mb"));
        out.put("startup_s", String.format(Locale.ROOT, "%.2f", num(all, "startup_s")));
        out.put("first_start_s", String.format(Locale.ROOT, "%.2f", num(all, "first_start_s")));
        out.put("acked_lost_after_kill", all.get("acked_lost_after_kill"));
        out.put("invariants_ok", all.get("invariants_ok"));
        out.put("import_families", all.getOrDefault("import_families", "null"));
        out.put("import_families_per_s", all.getOrDefault("import_families_per_s", "null"));
        out.put("import_checksum_match", all.getOrDefault("import_checksum_match", "null"));
        StringBuilder json = new StringBuilder("{\n");
        out.forEach((k, v) -> json.append("  \"").append(k).append("\": ").append(v).append(",\n"));
        json.setLength(json.length() - 2);
        json.append("\n}\n");
        Files.writeString(Path.of(args[0]), json);

        Map<String, String> targets = Map.of("ratio", ">= 0.5", "p99_ms", "<= 50", "replay_events_per_s", ">= 20000",
                "heap_max_mb", "< 256 (-Xmx256m)", "startup_s", "<= 15", "acked_lost_after_kill", "= 0",
                "invariants_ok", "true", "import_families_per_s", ">= 167 (10,000 in 60 s)");
        System.out.println();
        System.out.println(String.format("%-24s %-28s %s", "figure", "value", "target"));
        out.forEach((k, v) -> System.out.println(String.format("%-24s %-28s %s", k, v.replace("\"", ""),
                targets.getOrDefault(k, ""))));
        System.out.println("\nwritten to " + args[0]);
    }

    private static double num(Map<String, String> all, String key) {
        String v = all.get(key);
        return v == null || v.equals("null") ? 0 : Double.parseDouble(v);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "'") + "\"";
    }

    private Report() {
    }
}
