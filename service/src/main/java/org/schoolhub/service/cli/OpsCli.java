package org.schoolhub.service.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code java -jar schoolhub.jar ops TASK [options]}: the operators' tool, run against a running
 * service over HTTP, without starting Spring. The password comes from SCHOOLHUB_OPS_PASSWORD or
 * is asked for.
 */
public final class OpsCli {

    static final String USAGE = """
            Usage: java -jar schoolhub.jar ops TASK [--url URL] [--user NAME] [options]
              snapshot  [--label TEXT]                  take a rollback snapshot now
              snapshots [--limit N]                     list the snapshots, newest first
              rollback  --snapshot ID [--reason TEXT] [--yes]
                                                        show the dry-run plan, confirm, roll back
              replay    [--projection NAME|all]         rebuild projections, with a progress bar
              verify                                    recompute balances from the events and compare
              events    [--after POSITION] [--limit N]  the raw event log, oldest first
              dead-letters [--retry SEQUENCE|all] [--evict SEQUENCE [--letter ID] [--yes]]
                                                        events the projections could not handle:
                                                        list them, handle them again, or give them up
              import-stage0 FILE [--dry-run]            import the Stage-0 SQLite database (or rehearse it)
                                                        and print the report
            --url defaults to SCHOOLHUB_OPS_URL or http://127.0.0.1:8080, --user to admin.
            The password is read from SCHOOLHUB_OPS_PASSWORD, or asked for.
            Exit status: 0 done, 1 failed, 2 bad usage, 3 verify, rollback or an import's checksums found differences, 4 cancelled.""";

    private final PrintStream out;
    private final PrintStream err;
    private final BufferedReader in;
    private final Console console;
    private final Map<String, String> env;

    OpsCli(PrintStream out, PrintStream err, BufferedReader in, Console console, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.console = console;
        this.env = env;
    }

    /** The tool on this process's terminal, standard streams and environment. */
    public static OpsCli onThisProcess() {
        return new OpsCli(System.out, System.err,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.console(),
                System.getenv());
    }

    /** Runs one task; returns the process exit status. */
    public int run(String[] args) {
        OpsOptions options;
        try {
            options = OpsOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options.task().equals("help")) {
            out.println(USAGE);
            return 0;
        }
        try {
            String url = options.value("url", env.getOrDefault("SCHOOLHUB_OPS_URL", "http://127.0.0.1:8080"));
            String user = options.value("user", "admin");
            OpsTasks tasks = new OpsTasks(new OpsHttp(url, user, password(user)), out, this::confirm,
                    console != null);
            return tasks.run(options);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (OpsHttp.OpsFailure e) {
            err.println("Failed: " + e.getMessage());
            return 1;
        }
    }

    private char[] password(String user) {
        String fromEnv = env.get("SCHOOLHUB_OPS_PASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        if (console == null) {
            throw new OpsHttp.OpsFailure("no terminal to ask for the password: set SCHOOLHUB_OPS_PASSWORD");
        }
        char[] typed = console.readPassword("Password for %s: ", user);
        if (typed == null) {
            throw new OpsHttp.OpsFailure("no password given");
        }
        return typed;
    }

    private boolean confirm(String question) {
        out.print(question + " Type 'yes' to go on: ");
        out.flush();
        try {
            String answer = in.readLine();
            return answer != null && answer.strip().equalsIgnoreCase("yes");
        } catch (IOException e) {
            return false;
        }
    }
}
