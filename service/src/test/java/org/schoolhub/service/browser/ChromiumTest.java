package org.schoolhub.service.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeOptions;
import org.opentest4j.TestAbortedException;

/** A machine without Chromium or without its driver skips the browser tests and says which is missing. */
class ChromiumTest {

    @TempDir
    Path dir;

    @Test
    void without_chromedriver_browser_tests_are_skipped_naming_the_driver() throws Exception {
        Chromium chromium = new Chromium(executable("chromium"), dir.resolve("chromedriver"));
        assertThat(chromium.missing()).hasValueSatisfying(reason -> assertThat(reason).contains("no chromedriver at"));
        assertThatThrownBy(() -> chromium.startOrSkip(new ChromeOptions()))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("no chromedriver");
    }

    @Test
    void without_chromium_browser_tests_are_skipped_naming_the_browser() throws Exception {
        Chromium chromium = new Chromium(dir.resolve("chromium"), executable("chromedriver"));
        assertThat(chromium.missing()).hasValueSatisfying(reason -> assertThat(reason).contains("no Chromium at"));
    }

    @Test
    void a_driver_that_cannot_start_skips_the_test_with_its_reason() throws Exception {
        Path broken = Files.writeString(dir.resolve("chromedriver"), "#!/bin/sh\nexit 1\n");
        broken.toFile().setExecutable(true);
        Chromium chromium = new Chromium(executable("chromium"), broken);
        assertThat(chromium.missing()).isEmpty();
        assertThatThrownBy(() -> chromium.startOrSkip(new ChromeOptions()))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("could not start Chromium");
    }

    private Path executable(String name) throws Exception {
        Path file = Files.writeString(dir.resolve(name), "#!/bin/sh\n");
        file.toFile().setExecutable(true);
        return file;
    }
}
