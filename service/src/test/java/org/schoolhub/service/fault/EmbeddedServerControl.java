package org.schoolhub.service.fault;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Stops the embedded PostgreSQL under a running service and starts it again on the same data
 * directory and port, the way the service itself starts it.
 */
final class EmbeddedServerControl implements AutoCloseable {

    private final EmbeddedPostgres original;
    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres restarted;

    EmbeddedServerControl(EmbeddedPostgres original, Path serviceDataDir) {
        this.original = original;
        this.dataDir = serviceDataDir.resolve("postgres");
        this.port = original.getPort();
    }

    /** A fast shutdown: open connections are cut, as when a database server goes away. */
    void stop() throws IOException {
        original.close();
    }

    void start() throws IOException {
        restarted = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setPort(port).setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    @Override
    public void close() throws IOException {
        if (restarted != null) {
            restarted.close();
        }
    }
}
