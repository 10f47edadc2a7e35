package org.schoolhub.service.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's stage migration in a real browser (as {@link DashboardBrowserTest}): the open
 * migration with its checklist and stop signals as the JSON has them, the gate the community
 * went through marked passed, and the stage history. A database of its own: it moves the stage.
 */
@TestPropertySource(properties = {"spring.datasource.url=", "schoolhub.migration.watch=48h"})
class MigrationDashboardBrowserTest extends ApiTest {

    @LocalServerPort
    int port;

    private AdminBrowser session;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        session = AdminBrowser.open(ADMIN_PASSWORD, "1280,2400");
        browser = session.driver;
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void the_dashboard_shows_the_open_migration_its_checklist_its_stop_signals_and_the_stage_history()
            throws Exception {
        Response advanced = api.post("/api/community/stage",
                Map.of("stage", 1, "override", true, "reason", "the pilot families asked for it"), ADMIN);
        assertThat(advanced.status()).as(advanced.toString()).isEqualTo(200);
        eventually(() -> assertThat(api.get("/api/metrics/stage-gates", ADMIN).json().get("currentStage").asInt())
                .isEqualTo(1));
        assertThat(api.post("/api/metrics/indicators", Map.of("name", "teamOverloaded", "value", 1), ADMIN).status())
                .isEqualTo(201);
        ZoneId zone = ZoneId.of("Europe/Brussels");
        LocalDate saturday = LocalDate.now(zone).plusDays(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        Response planned = api.post("/api/community/migrations", Map.of("toStage", 2,
                "scheduledFor", saturday.atTime(9, 0).atZone(zone).toInstant().toString(), "downtimeMinutes", 20,
                "contactEmail", "ecole@example.org", "features", List.of(Map.of("name", "SEL", "benefit", "échanger"))),
                ADMIN);
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        String id = planned.json().get("migrationId").asString();
        assertThat(api.post("/api/community/migrations/" + id + "/checklist/stagingIdentical",
                Map.of("done", true, "note", "same versions"), ADMIN).status()).isEqualTo(200);
        eventually(() -> assertThat(api.get("/api/community/migrations/" + id, ADMIN).json().toString())
                .contains("same versions", "teamOverloaded reported as 1"));
        JsonNode migration = api.get("/api/community/migrations/" + id, ADMIN).json();

        browser.get("http://127.0.0.1:" + port + "/dashboard?lang=en&refresh=600000");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-loaded")));

        assertThat(browser.findElement(By.id("migration-section")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("[data-migration]")).getDomAttribute("data-migration")).isEqualTo(id);
        List<WebElement> items = browser.findElements(By.cssSelector("#checklist tbody tr"));
        assertThat(items).hasSize(migration.get("checklist").size()).hasSize(9);
        for (int i = 0; i < items.size(); i++) {
            JsonNode expected = migration.get("checklist").get(i);
            assertThat(items.get(i).getDomAttribute("data-item")).isEqualTo(expected.get("item").asString());
            assertThat(items.get(i).getDomAttribute("data-done")).isEqualTo(expected.get("done").toString());
        }
        WebElement staging = browser.findElement(By.cssSelector("#checklist tr[data-item=stagingIdentical]"));
        assertThat(staging.getText()).contains("Staging identical to production", "✔ done", "same versions");
        assertThat(browser.findElement(By.cssSelector("#checklist tr[data-item=rehearsedThreeTimes]")).getText())
                .contains("✘ to do", "0 successful rehearsals");
        assertThat(browser.findElement(By.cssSelector("#checklist tr[data-item=backupVerified]")).getText())
                .as("the stage advance took a snapshot").contains("✔ done", "checksum reproduced");
        WebElement team = browser.findElement(By.cssSelector("#stop-signals li[data-signal=teamOverloaded]"));
        assertThat(team.getDomAttribute("data-active")).isEqualTo("true");
        assertThat(team.getText()).contains("Team overloaded: active", "teamOverloaded reported as 1");
        assertThat(browser.findElements(By.cssSelector("#stop-signals li"))).hasSize(5);

        WebElement firstGate = browser.findElement(By.cssSelector("article.gate[data-from='0']"));
        assertThat(firstGate.getDomAttribute("data-passed")).isEqualTo("true");
        assertThat(firstGate.findElement(By.cssSelector(".badge")).getText()).isEqualTo("passed");
        assertThat(browser.findElement(By.cssSelector("article.gate[data-from='1']")).getDomAttribute("data-passed"))
                .isEqualTo("false");
        assertThat(browser.findElement(By.id("history")).getText()).contains("0 → 1", "the pilot families asked for it");

        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/dashboard-migration.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
