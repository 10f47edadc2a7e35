package org.schoolhub.service.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiTest;

/**
 * The served description passes Redocly's recommended rules with no error and no warning. Needs
 * node and npx (the pinned CLI is fetched through npm); skipped, saying so, where node is missing.
 */
class RedoclyLintTest extends ApiTest {

    /** Pinned: a new CLI may bring new rules, which is a change to make on purpose. */
    static final String REDOCLY_CLI = "@redocly/cli@2.77.0";

    @Test
    void the_description_passes_the_recommended_rules() throws Exception {
        assumeTrue(installed("node") && installed("npx"),
                "node and npx are not installed here: the OpenAPI description was not linted");
        Path document = OpenApiDescriptionTest.save(api.get("/v3/api-docs", ADMIN).json()).toAbsolutePath();
        Path config = document.resolveSibling("redocly.yaml");
        Files.writeString(config, "extends:\n  - recommended\n");
        Process lint = new ProcessBuilder(List.of("npx", "--yes", REDOCLY_CLI, "lint", document.toString(),
                "--config", config.toString(), "--format", "stylish"))
                .redirectErrorStream(true).start();
        lint.getOutputStream().close();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(10, TimeUnit.MINUTES)).as("redocly finished").isTrue();
        assertThat(lint.exitValue()).as("redocly lint found errors:\n%s", output).isZero();
        assertThat(output).as("redocly lint:\n%s", output).contains("Your API description is valid")
                .doesNotContain(" warning ");
    }

    private static boolean installed(String command) {
        try {
            Process probe = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(1, TimeUnit.MINUTES) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
