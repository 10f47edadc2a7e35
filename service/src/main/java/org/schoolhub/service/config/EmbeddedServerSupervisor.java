package org.schoolhub.service.config;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the embedded PostgreSQL's main process and starts the server again when it dies (a
 * kill -9, a crash): without this the service answered 503 for ever. Meanwhile readiness refuses
 * traffic, so that a load balancer sends requests elsewhere; should the server not come back,
 * liveness says DOWN after a while ({@code DatabaseOutageHealthIndicator}) for a supervisor to
 * restart the whole service.
 */
class EmbeddedServerSupervisor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServerSupervisor.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final EmbeddedServer server;
    private final ApplicationEventPublisher events;
    private volatile boolean running;

    EmbeddedServerSupervisor(EmbeddedServer server, ApplicationEventPublisher events) {
        this.server = server;
        this.events = events;
    }

    @Override
    public void start() {
        running = true;
        watch();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void watch() {
        Optional<ProcessHandle> postmaster = server.postmaster();
        if (postmaster.isEmpty()) {
            recoverInBackground(-1);
            return;
        }
        long pid = postmaster.get().pid();
        postmaster.get().onExit().thenRun(() -> recoverInBackground(pid));
    }

    private void recoverInBackground(long pid) {
        Thread thread = new Thread(() -> recover(pid), "embedded-postgres-restart");
        thread.setDaemon(true);
        thread.start();
    }

    private void recover(long pid) {
        if (!running) {
            return;
        }
        log.error("The embedded PostgreSQL (pid {}) has ended; refusing traffic while it is started again", pid);
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        Duration wait = FIRST_RETRY;
        while (running) {
            try {
                server.restart();
                break;
            } catch (RuntimeException e) {
                log.error("Restarting the embedded PostgreSQL failed; trying again in {} s", wait.toSeconds(), e);
                if (!pause(wait)) {
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
            }
        }
        if (running) {
            log.info("The embedded PostgreSQL runs again (pid {})", server.postmaster().map(ProcessHandle::pid).orElse(-1L));
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
            watch();
        }
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
