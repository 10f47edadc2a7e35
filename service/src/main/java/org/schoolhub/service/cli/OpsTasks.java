package org.schoolhub.service.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/** The operators' tasks, each a few HTTP calls and a readable report. */
final class OpsTasks {

    private static final int SHOWN = 10;
    private static final long POLL_MILLIS = 500;

    private final OpsHttp http;
    private final PrintStream out;
    private final Predicate<String> confirm;
    private final boolean terminal;

    OpsTasks(OpsHttp http, PrintStream out, Predicate<String> confirm, boolean terminal) {
        this.http = http;
        this.out = out;
        this.confirm = confirm;
        this.terminal = terminal;
    }

    int run(OpsOptions options) {
        return switch (options.task()) {
            case "snapshot" -> snapshot(options.value("label", "taken with the ops tool"));
            case "snapshots" -> snapshots(options.value("limit", "20"));
            case "rollback" -> rollback(options.required("snapshot"), options.value("reason", ""), options.yes());
            case "replay" -> replay(options.value("projection", "all"));
            case "verify" -> verify();
            case "events" -> events(options.value("after", "0"), options.value("limit", "100"));
            case "dead-letters" -> new DeadLetterTasks(http, out, confirm).run(options);
            case "import-stage0" -> new ImportTasks(http, out).importStage0(options.argument("file"), options.dryRun());
            default -> throw new IllegalArgumentException("unknown task: " + options.task());
        };
    }

    private int snapshot(String label) {
        JsonNode snapshot = http.post("/api/admin/snapshots", Map.of("label", label)).ok();
        out.printf("Snapshot %s '%s'%n  position %d, taken at %s%n  checksum %s%n  %d accounts, %d families, "
                        + "%d open group orders%n", text(snapshot, "snapshotId"), text(snapshot, "label"),
                snapshot.get("position").asLong(), text(snapshot, "takenAt"), text(snapshot, "checksum"),
                snapshot.get("accounts").size(), snapshot.get("families").size(),
                snapshot.get("openGroupOrders").size());
        return 0;
    }

    private int snapshots(String limit) {
        JsonNode list = http.get("/api/admin/snapshots?limit=" + OpsHttp.query(limit)).ok();
        out.printf("%-36s  %10s  %-27s  %s%n", "SNAPSHOT", "POSITION", "TAKEN AT", "LABEL");
        list.forEach(s -> out.printf("%-36s  %10d  %-27s  %s%n", text(s, "snapshotId"), s.get("position").asLong(),
                text(s, "takenAt"), text(s, "label")));
        return 0;
    }

    private int rollback(String snapshotId, String reason, boolean yes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("snapshotId", snapshotId);
        body.put("dryRun", true);
        body.put("reason", reason);
        JsonNode plan = http.post("/api/admin/rollback", body).ok();
        printPlan(plan);
        if (!plan.get("executable").asBoolean()) {
            out.println("This rollback cannot be carried out: nothing was changed.");
            return 3;
        }
        int compensations = plan.get("transfersToReverse").size() + plan.get("transfersToRebook").size();
        int lines = plan.get("orderLinesToWithdraw").size();
        if (compensations + lines == 0) {
            out.println("Every balance and order line already equals the snapshot's: nothing to do.");
            return 0;
        }
        if (!yes && !confirm.test("Book these " + compensations + " compensations (the ledger works them out again"
                + " from its state at that moment) and set back " + lines + " order lines?")) {
            out.println("Cancelled: nothing was changed.");
            return 4;
        }
        body.put("dryRun", false);
        JsonNode done = http.post("/api/admin/rollback", body).ok();
        out.printf("Booked %d compensations; %s.%n", done.get("commandsSent").size(),
                done.get("completed").asBoolean() ? "all committed"
                        : "stopped: " + text(done, "failure") + " (run the same rollback again to finish it)");
        if (done.get("balancesMatchSnapshot").asBoolean()) {
            out.println("Verified: every balance equals the snapshot's.");
            return 0;
        }
        out.println("Balances that differ from the snapshot's:");
        done.get("mismatches").forEach(m -> out.println("  " + m.asString()));
        return 3;
    }

    private void printPlan(JsonNode plan) {
        out.printf("Rollback plan to snapshot %s '%s' (position %d)%n", text(plan, "snapshotId"), text(plan, "label"),
                plan.get("position").asLong());
        list("transfers to reverse, newest first", plan.get("transfersToReverse"));
        list("older transfers to book again (reversed since)", plan.get("transfersToRebook"));
        list("order lines to set back", plan.get("orderLinesToWithdraw"));
        list("orders closed since, not restored", plan.get("ordersNotRestored"));
        out.printf("  balances after: %d accounts%n", plan.get("balancesAfter").size());
        list("problems", plan.get("problems"));
    }

    private void list(String title, JsonNode items) {
        out.printf("  %s: %d%n", title, items.size());
        for (int i = 0; i < Math.min(SHOWN, items.size()); i++) {
            JsonNode item = items.get(i);
            out.println("    " + (item.isObject() ? line(item) : item.asString()));
        }
        if (items.size() > SHOWN) {
            out.printf("    ... and %d more%n", items.size() - SHOWN);
        }
    }

    private static String line(JsonNode line) {
        return "order " + text(line, "groupOrderId") + " family " + text(line, "familyId") + ": "
                + line.get("quantity").asLong() + " -> " + line.get("restoreTo").asLong();
    }

    private int replay(String projection) {
        JsonNode started = http.post("/api/admin/replays", Map.of("projection", projection)).ok();
        String replayId = text(started, "replayId");
        out.printf("Replay %s of %s%n", replayId, started.get("projections"));
        ProgressBar bar = new ProgressBar(out, terminal);
        while (true) {
            JsonNode status = http.get("/api/admin/replays/" + replayId).ok();
            bar.show(status.get("processed").asLong(), status.get("total").asLong());
            String state = text(status, "status");
            if (!state.equals("RUNNING")) {
                bar.end();
                out.println(state.equals("DONE") ? "Replay done." : "Replay failed: " + text(status, "error"));
                return state.equals("DONE") ? 0 : 1;
            }
            pause();
        }
    }

    private int verify() {
        JsonNode result = http.get("/api/admin/verify").ok();
        boolean consistent = result.get("consistent").asBoolean();
        out.printf("%s: %d events checked up to position %d, %d accounts, total %d%n",
                consistent ? "Consistent" : "NOT consistent", result.get("eventsChecked").asLong(),
                result.get("position").asLong(), result.get("accountsChecked").asLong(), result.get("total").asLong());
        result.get("mismatches").forEach(m -> out.printf("  %s %s expected %s, found %s: %s%n", text(m, "kind"),
                text(m, "familyId"), text(m, "expected"), text(m, "actual"), text(m, "detail")));
        return consistent ? 0 : 3;
    }

    private int events(String after, String limit) {
        JsonNode events = http.get("/api/admin/events?after=" + OpsHttp.query(after) + "&limit="
                + OpsHttp.query(limit)).ok();
        events.forEach(e -> out.printf("%8d  %s  %-26s  actor %s  %s%n", e.get("position").asLong(),
                text(e, "timestamp"), text(e, "type"), text(e, "actor"), e.get("payload")));
        return 0;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "-" : value.asString();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpsHttp.OpsFailure("interrupted");
        }
    }
}
