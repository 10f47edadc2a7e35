package org.schoolhub.service.config;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * The PostgreSQL binaries that zonky's embedded server runs, for what zonky itself cannot do:
 * run a statement in single-user mode, before the server listens to anyone. zonky unpacks them
 * in a directory of its choosing and tells nobody where; its own (private) method is asked, so the
 * very binaries that run the server run this too. As root, zonky runs them in a user namespace
 * ({@code unshare -U}, PostgreSQL refuses to run as root); so does this.
 */
final class PostgresBinaries {

    private static final long TIMEOUT_SECONDS = 120;

    private final Path bin;

    private PostgresBinaries(Path bin) {
        this.bin = bin;
    }

    /** zonky's binaries, unpacked if they are not yet. */
    static PostgresBinaries zonkys() {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            File directory = (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
            return new PostgresBinaries(directory.toPath().resolve("bin"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot find the embedded PostgreSQL's binaries (zonky changed?)", e);
        }
    }

    /**
     * Runs {@code sql} (one line) in a single-user backend on {@code pgData}, which no server may
     * be running on. Fails, with PostgreSQL's output, when the statement does; {@code secret} is
     * blanked out of that output.
     */
    void runSingleUser(Path pgData, String sql, String secret) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(bin.resolve("postgres").toString(), "--single", "-D", pgData.toString(),
                "-c", "exit_on_error=on", "-c", "password_encryption=scram-sha-256", "postgres"));
        try {
            Process backend = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream input = backend.getOutputStream()) {
                input.write((sql + "\n").getBytes(StandardCharsets.UTF_8));
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            backend.getInputStream().transferTo(output);
            if (!backend.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                backend.destroyForcibly();
                throw new IllegalStateException("PostgreSQL's single-user backend did not finish on " + pgData);
            }
            if (backend.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL's single-user backend failed on " + pgData + " (exit "
                        + backend.exitValue() + "): " + output.toString(StandardCharsets.UTF_8).replace(secret, "***"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run PostgreSQL's single-user backend on " + pgData, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while PostgreSQL's single-user backend ran", e);
        }
    }
}
