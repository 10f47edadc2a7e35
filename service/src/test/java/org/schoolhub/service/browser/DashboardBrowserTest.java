package org.schoolhub.service.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.schoolhub.query.metrics.ProjectionLag;
import org.schoolhub.service.support.SeededApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real browser: Debian's headless Chromium, driven by Selenium through
 * Debian's chromedriver (never a downloaded one), logged in with HTTP Basic through a header
 * that every request of the page carries. Skipped, with the reason, where either is missing
 * ({@link Chromium}).
 */
class DashboardBrowserTest extends SeededApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ProjectionLag lag;

    private AdminBrowser session;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        session = AdminBrowser.open(ADMIN_PASSWORD, "1280,1800");
        browser = session.driver;
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    private static ConditionFactory waitUpTo(int seconds) {
        return Awaitility.await().atMost(Duration.ofSeconds(seconds)).pollInterval(Duration.ofMillis(200));
    }

    /** The projections have caught up with the seeded history: the page and the JSON see the same figures. */
    private void load(String query) {
        eventually(() -> assertThat(lag.byProcessor().values()).allMatch(events -> events == 0));
        browser.get("http://127.0.0.1:" + port + "/dashboard" + query);
        waitUpTo(60).until(() -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
    }

    @Test
    void the_dashboard_shows_the_gates_and_the_monthly_charts_that_the_json_gives() throws Exception {
        load("?lang=fr&refresh=600000"); // no redraw while the test reads the page
        JsonNode report = api.get("/api/metrics/stage-gates", ADMIN).json();
        JsonNode months = api.get("/api/metrics/monthly?months=12", ADMIN).json();

        assertThat(browser.findElement(By.id("current-stage")).getText()).isEqualTo(report.get("currentStage").asString());
        assertThat(browser.findElements(By.cssSelector("article.gate"))).hasSize(4);
        List<WebElement> rows = browser.findElements(By.cssSelector("article.gate tbody tr"));
        assertThat(rows).hasSize(21);
        WebElement activeFamilies = rows.get(0);
        assertThat(activeFamilies.getDomAttribute("data-metric")).isEqualTo("activeFamilies");
        assertThat(digits(activeFamilies.findElement(By.cssSelector("td.actual")).getText()))
                .isEqualTo(report.get("metrics").get("activeFamilies").asString());
        assertThat(activeFamilies.getText()).contains("Familles actives").contains(">= 5");
        String firstStatus = rows.get(0).findElements(By.tagName("td")).get(3).getText();
        assertThat(firstStatus).isEqualTo(report.get("gates").get(0).get("criteria").get(0).get("met").asBoolean()
                ? "✔ atteint" : "✘ non atteint");
        assertThat(browser.findElement(By.tagName("header")).getText()).contains("Étape actuelle");

        WebElement chart = browser.findElement(By.id("chart-transfers"));
        assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
        assertThat(chart.findElement(By.tagName("canvas")).getSize().getWidth()).isPositive();
        assertThat(chart.getDomAttribute("data-values")).isEqualTo(join(months, "selTransfers"));
        assertThat(browser.findElement(By.id("chart-volume")).getDomAttribute("data-values"))
                .isEqualTo(join(months, "selVolume"));

        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/dashboard-desktop.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void the_page_refreshes_itself_when_a_transfer_is_booked() {
        load("?refresh=2000");
        browser.executeScript("window.stillTheSamePage = true;");
        String before = browser.findElement(By.id("chart-transfers")).getDomAttribute("data-values");
        JsonNode families = api.get("/api/families", ADMIN).json();
        assertThat(api.post("/api/sel/transfers", Map.of("transferId", UUID.randomUUID().toString(),
                "from", families.get(0).get("familyId").asString(), "to", families.get(1).get("familyId").asString(),
                "amount", 1, "memo", "refresh"), ADMIN).status()).isEqualTo(201);

        waitUpTo(30).until(() -> !before.equals(browser.findElement(By.id("chart-transfers")).getDomAttribute("data-values")));
        assertThat(browser.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
        assertThat(lastValue(browser.findElement(By.id("chart-transfers")).getDomAttribute("data-values")))
                .isEqualTo(lastValue(before) + 1);
    }

    @Test
    void on_a_phone_the_page_fits_the_screen_in_dutch() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        load("?lang=nl&refresh=600000");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/dashboard-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(browser.findElement(By.tagName("header")).getText()).contains("Huidige fase");
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    private static long lastValue(String values) {
        String[] parts = values.split(",");
        return Long.parseLong(parts[parts.length - 1]);
    }

    private static String join(JsonNode months, String field) {
        List<String> values = new ArrayList<>();
        months.forEach(m -> values.add(m.get(field).asString()));
        return String.join(",", values);
    }
}
