package org.schoolhub.service.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser that browser tests drive: Debian's Chromium through Debian's chromedriver (never a
 * downloaded one). Where either is missing, or the driver cannot start the browser, a browser test
 * is skipped with the reason, not failed: the README promises that a JDK and Maven are enough to
 * run the tests. The system properties {@code schoolhub.test.chromium} and
 * {@code schoolhub.test.chromedriver} point elsewhere.
 */
final class Chromium {

    private final Path browser;
    private final Path driver;

    Chromium(Path browser, Path driver) {
        this.browser = browser;
        this.driver = driver;
    }

    /** This machine's, at Debian's paths unless the system properties say otherwise. */
    static Chromium onThisMachine() {
        return new Chromium(Path.of(System.getProperty("schoolhub.test.chromium", "/usr/bin/chromium")),
                Path.of(System.getProperty("schoolhub.test.chromedriver", "/usr/bin/chromedriver")));
    }

    /** Why a browser test cannot run here, if it cannot. */
    Optional<String> missing() {
        if (!Files.isExecutable(browser)) {
            return Optional.of("no Chromium at " + browser + " (install chromium, or set -Dschoolhub.test.chromium)");
        }
        if (!Files.isExecutable(driver)) {
            return Optional.of("no chromedriver at " + driver
                    + " (install chromium-driver, or set -Dschoolhub.test.chromedriver)");
        }
        return Optional.empty();
    }

    /** Starts the browser with these options, or skips the calling test with the reason it could not. */
    ChromeDriver startOrSkip(ChromeOptions options) {
        missing().ifPresent(Assumptions::abort);
        options.setBinary(browser.toFile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        try {
            return new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            throw Assumptions.<RuntimeException>abort("chromedriver " + driver + " could not start Chromium " + browser
                    + ": " + message.lines().findFirst().orElse(message));
        }
    }
}
