package org.schoolhub.service.fault;

import java.nio.file.Path;

import org.schoolhub.service.SchoolHubApplication;
import org.schoolhub.service.support.ApiClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole service started and stopped by a test, on its own embedded PostgreSQL in its own data
 * directory (never the machine's shared server), so that a test can restart it at will.
 */
final class RunningService implements AutoCloseable {

    static final String ADMIN_PASSWORD = "admin-password-for-fault-tests";
    static final ApiClient.Credentials ADMIN = new ApiClient.Credentials("admin", ADMIN_PASSWORD);

    private final ConfigurableApplicationContext context;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Command-line arguments outrank the environment, so CI's SPRING_DATASOURCE_URL is ignored here. */
    static RunningService start(Path dataDir, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "--server.port=0";
        args[1] = "--spring.datasource.url=";
        args[2] = "--schoolhub.data-dir=" + dataDir;
        args[3] = "--schoolhub.bootstrap-admin-password=" + ADMIN_PASSWORD;
        System.arraycopy(extra, 0, args, 4, extra.length);
        return new RunningService(new SpringApplicationBuilder(SchoolHubApplication.class).run(args));
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

    @Override
    public void close() {
        context.close();
    }
}
