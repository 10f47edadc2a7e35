package org.schoolhub.service.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a server on this data directory may leave behind when it ends without its service. */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration LEFTOVER_WAIT = Duration.ofSeconds(30);

    private OrphanedServer() {
    }

    /**
     * A service killed with -9 leaves its PostgreSQL running, holding the data directory; stop
     * that orphan so this start can take over (it has no clients left, so it stops at once).
     */
    static void stop(Path pgData) throws IOException {
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
            orphan.get().onExit().orTimeout(60, TimeUnit.SECONDS).join();
        }
    }

    /**
     * A postmaster killed with -9 leaves its children behind for a moment (each notices and
     * ends); they are the {@code postgres} processes working in its data directory. Waits for
     * them, then ends those that remain, as PostgreSQL's own hint says to.
     */
    static void awaitLeftovers(Path pgData) {
        Path directory = realPath(pgData);
        long deadline = System.nanoTime() + LEFTOVER_WAIT.toNanos();
        List<ProcessHandle> left = workingIn(directory);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            left.forEach(p -> p.onExit().completeOnTimeout(p, 100, TimeUnit.MILLISECONDS).join());
            left = workingIn(directory);
        }
        left.forEach(p -> {
            log.warn("Ending process {} left by the previous embedded PostgreSQL", p.pid());
            p.destroyForcibly();
        });
    }

    private static Path realPath(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            return directory;
        }
    }

    private static List<ProcessHandle> workingIn(Path pgData) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false))
                .filter(p -> workingDirectory(p).map(pgData::equals).orElse(false)).toList();
    }

    /** Linux names a process's working directory in /proc; elsewhere nothing is known. */
    private static Optional<Path> workingDirectory(ProcessHandle process) {
        try {
            return Optional.of(Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd")));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }
}
