package org.schoolhub.service.fault;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server that a test owns and stops under a running service, then starts again on the
 * same data directory and port: an external database going away. (zonky's defaults: it trusts
 * local connections, which is what such a test server needs and nothing more.)
 */
final class EmbeddedServerControl implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres server;

    private EmbeddedServerControl(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    static EmbeddedServerControl startIn(Path dataDir) throws IOException {
        EmbeddedServerControl control = new EmbeddedServerControl(dataDir, freePort());
        control.start();
        return control;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** A fast shutdown: open connections are cut, as when a database server goes away. */
    void stop() throws IOException {
        server.close();
        server = null;
    }

    void start() throws IOException {
        server = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setPort(port).setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stop();
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
