package org.schoolhub.service.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/** {@code ops dead-letters}: the projections' dead letters, listed, retried or evicted (docs/dead-letters.md). */
final class DeadLetterTasks {

    private final OpsHttp http;
    private final PrintStream out;
    private final Predicate<String> confirm;

    DeadLetterTasks(OpsHttp http, PrintStream out, Predicate<String> confirm) {
        this.http = http;
        this.out = out;
        this.confirm = confirm;
    }

    int run(OpsOptions options) {
        String retry = options.value("retry", null);
        String evict = options.value("evict", null);
        if (retry != null && evict != null) {
            throw new IllegalArgumentException("--retry and --evict go one at a time");
        }
        if (retry != null) {
            return retry.equals("all") ? retryAll() : retry(retry);
        }
        if (evict != null) {
            return evict(evict, options.value("letter", null), options.yes());
        }
        return list();
    }

    private int list() {
        JsonNode sequences = http.get("/api/admin/dead-letters").ok();
        if (sequences.isEmpty()) {
            out.println("No dead letters: every event reached every projection.");
            return 0;
        }
        out.printf("%d aggregate(s) with dead letters, oldest first:%n", sequences.size());
        sequences.forEach(sequence -> {
            out.printf("sequence %s%n", OpsTasks.text(sequence, "sequence"));
            sequence.get("letters").forEach(this::print);
        });
        out.println("Retry with --retry SEQUENCE (or all) once the cause is fixed; give up with --evict SEQUENCE.");
        return 3;
    }

    private void print(JsonNode letter) {
        out.printf("  %s  %-24s position %s, parked %s, last tried %s%n    letter %s, event %s%n    cause: %s: %s%n",
                OpsTasks.text(letter, "eventTimestamp"), OpsTasks.text(letter, "eventType"), OpsTasks.text(letter, "position"),
                OpsTasks.text(letter, "enqueuedAt"), OpsTasks.text(letter, "lastTouchedAt"), OpsTasks.text(letter, "letterId"),
                OpsTasks.text(letter, "eventId"), OpsTasks.text(letter, "causeType"), OpsTasks.text(letter, "causeMessage"));
    }

    private int retry(String sequence) {
        JsonNode retried = http.post("/api/admin/dead-letters/" + OpsHttp.query(sequence) + "/retry", Map.of()).ok();
        if (retried.get("cleared").asBoolean()) {
            out.printf("Sequence %s handled: its dead letters are gone.%n", sequence);
            return 0;
        }
        out.printf("Sequence %s still fails; %d letter(s) left:%n", sequence, retried.get("left").size());
        retried.get("left").forEach(this::print);
        return 1;
    }

    private int retryAll() {
        JsonNode retried = http.post("/api/admin/dead-letters/retry", Map.of()).ok();
        out.printf("Retried %d sequence(s): %d handled, %d letter(s) left.%n", retried.get("sequencesRetried").asInt(),
                retried.get("sequencesCleared").asInt(), retried.get("lettersLeft").asLong());
        return retried.get("lettersLeft").asLong() == 0 ? 0 : 1;
    }

    private int evict(String sequence, String letter, boolean yes) {
        String what = letter == null ? "every dead letter of sequence " + sequence : "dead letter " + letter;
        if (!yes && !confirm.test("Give up " + what + " for good? The read models will lack what it would write.")) {
            out.println("Cancelled: nothing was changed.");
            return 4;
        }
        String path = "/api/admin/dead-letters/" + OpsHttp.query(sequence)
                + (letter == null ? "" : "?letterId=" + OpsHttp.query(letter));
        JsonNode evicted = http.delete(path).ok();
        out.printf("Evicted %d letter(s); %d left in that sequence.%n", evicted.get("evicted").asInt(),
                evicted.get("left").size());
        return 0;
    }
}
