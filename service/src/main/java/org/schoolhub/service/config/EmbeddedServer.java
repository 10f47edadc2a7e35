package org.schoolhub.service.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL: its data under {@code $SCHOOLHUB_DATA_DIR/postgres}, one port, one
 * password ({@link EmbeddedCredentials}), listening on the loopback only, and the server that runs
 * on them now. {@link #restart()} starts a new server on the same directory and port after the
 * previous one died ({@link EmbeddedServerSupervisor}).
 */
public final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final Path pgData;
    private final int port;
    private final EmbeddedCredentials credentials;
    private EmbeddedPostgres server;
    private boolean closed;

    private EmbeddedServer(Path pgData, int port, EmbeddedCredentials credentials) {
        this.pgData = pgData;
        this.port = port;
        this.credentials = credentials;
    }

    /** Starts the server of {@code dataDir} on {@code port}, or on a free port when it is 0. */
    static EmbeddedServer start(Path dataDir, int port) {
        try {
            Path home = dataDir.toAbsolutePath().normalize();
            Path pgData = home.resolve("postgres");
            Files.createDirectories(pgData);
            EmbeddedServer embedded = new EmbeddedServer(pgData, port == 0 ? freePort() : port, EmbeddedCredentials.in(home));
            OrphanedServer.stop(pgData);
            log.info("Starting embedded PostgreSQL with its data in {}", pgData);
            embedded.server = embedded.launch();
            return embedded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String user() {
        return EmbeddedCredentials.USER;
    }

    String password() {
        return credentials.password();
    }

    public Path passwordFile() {
        return credentials.passwordFile();
    }

    public Path dataDirectory() {
        return pgData;
    }

    /** The server's main process (the postmaster), as its pid file names it, if it runs. */
    public Optional<ProcessHandle> postmaster() {
        try {
            List<String> lines = Files.readAllLines(pgData.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts a new server on the same directory and port, the previous one being gone: what its
     * processes left behind is cleared first (PostgreSQL will not start while a process of the
     * dead server still holds its shared memory), and the new server recovers from the WAL, as
     * after any crash. Nothing committed is lost.
     */
    synchronized void restart() {
        if (closed) {
            return;
        }
        closeQuietly();
        OrphanedServer.awaitLeftovers(pgData);
        log.warn("Restarting the embedded PostgreSQL on port {}", port);
        server = launch();
    }

    private EmbeddedPostgres launch() {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // stopped by Spring after everything that uses it, not by a JVM hook racing it
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("max_connections", "100")
                    // only this machine's programs can reach it, and only with the password
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // the embedded server is meant for tests and turns durability off by default; this
                    // one keeps a community's ledger, so a commit is on disk before it is acknowledged
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setConnectConfig("password", credentials.password())
                    .setDataDirectoryCustomizer(credentials::secure)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeQuietly();
    }

    private void closeQuietly() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                log.warn("Stopping the embedded PostgreSQL failed: {}", e.toString());
            }
            server = null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
