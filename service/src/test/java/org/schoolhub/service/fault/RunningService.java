package org.schoolhub.service.fault;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.schoolhub.service.SchoolHubApplication;
import org.schoolhub.service.support.ApiClient;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole service started and stopped by a test, on its own embedded PostgreSQL in its own data
 * directory (never the machine's shared one), or on a server the test controls, so that a test
 * can restart either at will.
 */
final class RunningService implements AutoCloseable {

    static final String ADMIN_PASSWORD = "admin-password-for-fault-tests";
    static final ApiClient.Credentials ADMIN = new ApiClient.Credentials("admin", ADMIN_PASSWORD);

    private final ConfigurableApplicationContext context;
    private final List<Object> availability = Collections.synchronizedList(new ArrayList<>());

    private RunningService(SpringApplicationBuilder builder, List<String> args) {
        builder.listeners((ApplicationListener<AvailabilityChangeEvent<?>>) event -> availability.add(event.getState()));
        this.context = builder.run(args.toArray(String[]::new));
    }

    /** Command-line arguments outrank the environment, so CI's SPRING_DATASOURCE_URL is ignored here. */
    static RunningService start(Path dataDir, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=",
                "--schoolhub.data-dir=" + dataDir, "--schoolhub.bootstrap-admin-password=" + ADMIN_PASSWORD));
        args.addAll(List.of(extra));
        return new RunningService(new SpringApplicationBuilder(SchoolHubApplication.class), args);
    }

    /** The service on the PostgreSQL at {@code jdbcUrl} (user postgres, no password), as on an external server. */
    static RunningService startOn(String jdbcUrl, Path dataDir) {
        return new RunningService(new SpringApplicationBuilder(SchoolHubApplication.class), List.of("--server.port=0",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--schoolhub.data-dir=" + dataDir,
                "--schoolhub.bootstrap-admin-password=" + ADMIN_PASSWORD));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    ApiClient client() {
        return new ApiClient(port());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Every readiness and liveness state the service went through, in order. */
    List<Object> availabilityStates() {
        synchronized (availability) {
            return List.copyOf(availability);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
