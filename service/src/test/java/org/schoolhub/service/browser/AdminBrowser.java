package org.schoolhub.service.browser;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium in a fresh profile, logged in as admin with HTTP Basic through a
 * header every request of the page carries; the browser tests skip, with the reason, where
 * Chromium or its driver is missing ({@link Chromium}).
 */
final class AdminBrowser implements AutoCloseable {

    final ChromeDriver driver;
    private final Path profile;

    private AdminBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static AdminBrowser open(String adminPassword, String windowSize) throws Exception {
        Chromium chromium = Chromium.onThisMachine();
        chromium.missing().ifPresent(Assumptions::abort);
        Path profile = Files.createTempDirectory("schoolhub-chromium");
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + windowSize);
        ChromeDriver driver = chromium.startOrSkip(options);
        String basic = Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + basic)));
        return new AdminBrowser(driver, profile);
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
