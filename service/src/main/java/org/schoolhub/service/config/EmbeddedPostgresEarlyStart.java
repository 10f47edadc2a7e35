package org.schoolhub.service.config;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.schoolhub.service.config.properties.SchoolhubProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL (when no spring.datasource.url is set) on its own thread as soon
 * as the environment is known, so that its start-up overlaps the seconds Spring spends building
 * the context instead of adding to them. {@link EmbeddedPostgresConfig} joins it. That is before
 * any bean exists, so the settings are bound here by hand, as the configuration properties bean
 * will bind them (with the same defaults); that bean checks them before the server is joined.
 */
public class EmbeddedPostgresEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The server being started. */
    public record Launch(CompletableFuture<EmbeddedServer> server) {

        EmbeddedServer await() {
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
        SchoolhubProperties settings = Binder.get(environment).bindOrCreate("schoolhub", SchoolhubProperties.class);
        Path dataDir = Path.of(settings.dataDir());
        int port = settings.embeddedPort();
        CompletableFuture<EmbeddedServer> server = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                server.complete(EmbeddedServer.start(dataDir, port));
            } catch (Throwable e) {
                server.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        starter.setDaemon(true);
        starter.start();
        context.getBeanFactory().registerSingleton("embeddedPostgresLaunch", new Launch(server));
    }
}
