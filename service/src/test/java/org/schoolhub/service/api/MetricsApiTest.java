package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The metrics endpoints end to end: real HTTP, real PostgreSQL, the projections in between. */
class MetricsApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void a_normal_run_has_no_seeding_clock() {
        assertThat(context.getBeanNamesForType(Clock.class)).containsExactly("clock");
        assertThat(context.containsBean("demoSeeder")).isFalse();
    }

    private static final String[] METRICS = {"activeFamilies", "selTransfersThisMonth", "selTransfersTotal",
            "ordersThisMonth", "uptimePercent30d", "responseTimeP95Ms", "criticalBugs", "messagesPerDay",
            "eventsPerMonth", "educationalUsePercent", "balancesWithinLimits", "satisfactionPercent"};

    private JsonNode gates() {
        Response response = api.get("/api/metrics/stage-gates", ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode currentMonth() {
        Response response = api.get("/api/metrics/monthly?months=12", ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode months = response.json();
        assertThat(months.size()).isEqualTo(12);
        JsonNode last = months.get(11);
        assertThat(last.get("month").asString()).isEqualTo(YearMonth.now(ZoneId.of("Europe/Brussels")).toString());
        return last;
    }

    @Test
    void stage_gates_answer_every_metric_and_every_gate_of_the_table() {
        JsonNode report = gates();
        assertThat(report.get("currentStage").isInt()).isTrue();
        for (String metric : METRICS) {
            assertThat(report.get("metrics").has(metric)).as(metric).isTrue();
        }
        JsonNode gates = report.get("gates");
        assertThat(gates.size()).isEqualTo(4);
        int criteria = 0;
        for (JsonNode gate : gates) {
            assertThat(gate.get("to").asInt()).isEqualTo(gate.get("from").asInt() + 1);
            boolean allMet = true;
            for (JsonNode criterion : gate.get("criteria")) {
                criteria++;
                String metric = criterion.get("metric").asString();
                assertThat(report.get("metrics").has(metric)).as(metric).isTrue();
                assertThat(criterion.get("comparator").asString()).isIn(">=", "<=", "<", "==");
                assertThat(criterion.has("target")).isTrue();
                assertThat(criterion.get("actual").toString()).isEqualTo(report.get("metrics").get(metric).toString());
                if (criterion.get("actual").isNull()) {
                    assertThat(criterion.get("met").asBoolean()).as("null is never met").isFalse();
                }
                allMet &= criterion.get("met").asBoolean();
            }
            assertThat(gate.get("ready").asBoolean()).isEqualTo(allMet);
        }
        assertThat(criteria).isEqualTo(21);
        assertThat(report.get("metrics").get("uptimePercent30d").isNull()).as("the service beats at start").isFalse();
        // the p95 needs 100 /api requests in the trailing 24 hours; these make sure of them
        for (int i = 0; i < 100; i++) {
            api.get("/api/me", ADMIN);
        }
        eventually(() -> {
            JsonNode p95 = gates().get("metrics").get("responseTimeP95Ms");
            assertThat(p95.isNull()).as("requests were served").isFalse();
            assertThat(p95.asDouble()).isPositive();
        });
    }

    @Test
    void a_transfer_counts_this_month_in_total_and_in_volume_and_makes_both_families_active() {
        Family payer = enrol("Payer");
        Family payee = enrol("Payee");
        JsonNode before = gates().get("metrics");
        JsonNode monthBefore = currentMonth();
        Response transfer = api.post("/api/sel/transfers", Map.of("transferId", UUID.randomUUID().toString(),
                "from", payer.id().toString(), "to", payee.id().toString(), "amount", 42, "memo", "bread"), payer.login());
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);

        eventually(() -> {
            JsonNode after = gates().get("metrics");
            assertThat(after.get("selTransfersTotal").asLong()).isEqualTo(before.get("selTransfersTotal").asLong() + 1);
            assertThat(after.get("selTransfersThisMonth").asLong())
                    .isEqualTo(before.get("selTransfersThisMonth").asLong() + 1);
            assertThat(after.get("balancesWithinLimits").asBoolean()).isTrue();
            JsonNode month = currentMonth();
            assertThat(month.get("selTransfers").asLong()).isEqualTo(monthBefore.get("selTransfers").asLong() + 1);
            assertThat(month.get("selVolume").asLong()).isEqualTo(monthBefore.get("selVolume").asLong() + 42);
            assertThat(after.get("activeFamilies").asLong()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void an_indicator_is_recorded_as_an_event_and_shows_in_the_gates() {
        Response recorded = api.post("/api/metrics/indicators", Map.of("name", "messagesPerDay", "value", 130), ADMIN);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        eventually(() -> assertThat(gates().get("metrics").get("messagesPerDay").asLong()).isEqualTo(130));
        Integer events = jdbcCount("select count(*) from domain_event_entry where payload_type like '%IndicatorRecorded'");
        assertThat(events).isPositive();
    }

    @Test
    void bad_indicators_are_400_and_only_coordinators_may_record_or_read_metrics() {
        assertThat(api.post("/api/metrics/indicators", Map.of("name", "happiness", "value", 3), ADMIN).json()
                .get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.post("/api/metrics/indicators", Map.of("name", "educationalUsePercent", "value", 140), ADMIN)
                .status()).isEqualTo(400);
        assertThat(api.post("/api/metrics/indicators", Map.of("name", "criticalBugs"), ADMIN).status()).isEqualTo(400);
        assertThat(api.get("/api/metrics/monthly?months=0", ADMIN).status()).isEqualTo(400);
        Family member = enrol("Curious");
        assertThat(api.get("/api/metrics/stage-gates", member.login()).status()).isEqualTo(403);
        assertThat(api.get("/api/metrics/monthly", member.login()).status()).isEqualTo(403);
        assertThat(api.post("/api/metrics/indicators", Map.of("name", "criticalBugs", "value", 0), member.login())
                .status()).isEqualTo(403);
        assertThat(api.post("/api/community/stage", Map.of("stage", 1), member.login()).status()).isEqualTo(403);
        assertThat(api.get("/api/metrics/stage-gates", null).status()).isEqualTo(401);
    }

    @Test
    void prometheus_shows_axon_processors_http_histograms_and_schoolhub_gauges_to_operators() {
        api.get("/api/me", ADMIN);
        Response scrape = api.get("/actuator/prometheus", ADMIN);
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("schoolhub_active_families")
                .contains("schoolhub_sel_transfers")
                .containsPattern("(?m)^schoolhub_sel_net_balance 0")
                .containsPattern("(?m)^schoolhub_sel_transfers \\d")
                .containsPattern("(?m)^schoolhub_active_families \\d")
                .contains("schoolhub_projection_lag{processor=\"projections\"}")
                .contains("http_server_requests_seconds_bucket{")
                .containsPattern("(?m)^axon_processor_succeeded_total\\{[^}]*processor=\"projections\"[^}]*\\} [1-9]")
                .containsPattern("(?m)^schoolhub_uptime_ratio ")
                .containsPattern("(?m)^# HELP schoolhub_http_p95_seconds \\S")
                .doesNotContainPattern("(?m)^[a-z_]*[A-Z]")
                .doesNotContainPattern("(?m)^# HELP \\S+ $");
        Family member = enrol("Scraper");
        assertThat(api.get("/actuator/prometheus", member.login()).status()).isEqualTo(403);
    }

    @Test
    void the_dashboard_page_needs_a_login_and_serves_its_chart_library_from_the_jar() {
        assertThat(api.get("/dashboard", null).status()).isEqualTo(401);
        Response page = api.get("/dashboard", ADMIN);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"gates\"").contains("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(api.get("/webjars/echarts/5.3.1/dist/echarts.min.js", ADMIN).status()).isEqualTo(200);
        assertThat(api.get("/dashboard/dashboard.js", ADMIN).status()).isEqualTo(200);
    }

    private Integer jdbcCount(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
