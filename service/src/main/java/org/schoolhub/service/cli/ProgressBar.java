package org.schoolhub.service.cli;

import java.io.PrintStream;

/** A one-line progress bar, redrawn in place on a terminal; one line per step of 10 % otherwise. */
final class ProgressBar {

    private static final int WIDTH = 40;

    private final PrintStream out;
    private final boolean terminal;
    private long lastTenth = -1;

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    void show(long processed, long total) {
        long percent = total <= 0 ? 100 : Math.min(100, processed * 100 / total);
        int filled = (int) (percent * WIDTH / 100);
        String line = String.format("[%s%s] %3d%%  %d/%d events", "#".repeat(filled), "-".repeat(WIDTH - filled),
                percent, processed, total);
        if (terminal) {
            out.print("\r" + line);
            out.flush();
        } else if (percent / 10 != lastTenth) {
            lastTenth = percent / 10;
            out.println(line);
        }
    }

    void end() {
        if (terminal) {
            out.println();
        }
    }
}
