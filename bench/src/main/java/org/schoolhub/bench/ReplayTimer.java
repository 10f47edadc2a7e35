package org.schoolhub.bench;

import java.util.Locale;

/**
 * Rebuilds every projection through the operators' API (token reset) and times it from the
 * request until the replay reports DONE.
 *
 * <p>Usage: ReplayTimer baseUrl adminPassword jdbcUrl user
 */
public final class ReplayTimer {

    public static void main(String[] args) throws Exception {
        Http http = new Http(args[0], "admin", args[1]);
        long events = EventCount.count(args[2], args[3]);
        long started = System.nanoTime();
        Http.Answer accepted = http.post("/api/admin/replays", "{\"projection\":\"all\"}");
        if (accepted.status() != 202) {
            System.out.println(String.format(Locale.ROOT, "{\"replay_events\":%d,\"replay_events_per_s\":null,"
                    + "\"replay_error\":\"%s\"}", events, "POST /api/admin/replays answered " + accepted.status()));
            return;
        }
        String id = Http.field(accepted.body(), "replayId");
        String status = "RUNNING";
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (status.equals("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = Http.field(http.get("/api/admin/replays/" + id).body(), "status");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println(String.format(Locale.ROOT, "{\"replay_events\":%d,\"replay_status\":\"%s\",\"replay_seconds\":%.2f,"
                + "\"replay_events_per_s\":%.1f}", events, status, seconds, events / seconds));
    }

    private ReplayTimer() {
    }
}
