package org.schoolhub.service.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiTest;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alert rules and the Grafana dashboard in docs/ read what the service exports: every metric
 * they name is on /actuator/prometheus, every alert has a severity, a summary and a runbook page
 * (with its section) that exists, the dashboard asks for its data source on import, and the
 * balance panel is green at 0 only. promtool checks the rules' syntax where it is installed.
 */
class MonitoringFilesTest extends ApiTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern METRIC = Pattern.compile("\\b((?:schoolhub|axon|http_server)_[a-z0-9_]+)\\b");

    @Test
    @SuppressWarnings("unchecked")
    void every_alert_names_exported_metrics_and_links_a_runbook_that_exists() throws IOException {
        Set<String> exported = exportedMetrics();
        Map<String, Object> file = new Yaml().load(Files.readString(DOCS.resolve("prometheus/alerts.yml")));
        List<Map<String, Object>> rules = new ArrayList<>();
        ((List<Map<String, Object>>) file.get("groups")).forEach(g -> rules.addAll((List<Map<String, Object>>) g.get("rules")));
        assertThat(rules).extracting(r -> r.get("alert")).contains("SchoolHubDown", "SchoolHubSlowerThanTheGate",
                "SchoolHubProjectionsLag", "SchoolHubDeadLetters", "SchoolHubBalancesDoNotSumToZero");
        for (Map<String, Object> rule : rules) {
            String name = (String) rule.get("alert");
            assertThat(((Map<String, Object>) rule.get("labels")).get("severity")).as(name).isIn("critical", "warning");
            Map<String, Object> annotations = (Map<String, Object>) rule.get("annotations");
            assertThat(annotations.get("summary")).as(name).isNotNull();
            assertRunbookExists(name, (String) annotations.get("runbook_url"));
            assertThat(metricsIn((String) rule.get("expr"))).as("%s names only exported metrics", name)
                    .isSubsetOf(exported);
        }
    }

    @Test
    void the_dashboard_asks_for_its_data_source_reads_exported_metrics_and_the_balance_is_green_at_zero_only()
            throws IOException {
        Set<String> exported = exportedMetrics();
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DOCS.resolve("grafana/schoolhub-dashboard.json")));
        assertThat(dashboard.get("__inputs").get(0).get("pluginId").asString()).isEqualTo("prometheus");
        Set<String> named = new TreeSet<>();
        JsonNode sum = null;
        for (JsonNode panel : dashboard.get("panels")) {
            panel.path("targets").forEach(t -> named.addAll(metricsIn(t.get("expr").asString())));
            if (panel.get("title").asString().startsWith("Sum of all balances")) {
                sum = panel;
            }
        }
        assertThat(named).isSubsetOf(exported).contains("schoolhub_projection_dead_letters");
        assertThat(sum).isNotNull();
        JsonNode steps = sum.get("fieldConfig").get("defaults").get("thresholds").get("steps");
        assertThat(colourAt(steps, 0)).isEqualTo("green");
        assertThat(colourAt(steps, -1)).isEqualTo("red");
        assertThat(colourAt(steps, 1)).isEqualTo("red");
        assertThat(colourAt(steps, -250)).isEqualTo("red");
    }

    @Test
    void promtool_accepts_the_rules_where_it_is_installed() throws Exception {
        Path promtool = Path.of("/usr/bin/promtool");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(promtool), "promtool is not installed here");
        Process check = new ProcessBuilder(promtool.toString(), "check", "rules", DOCS.resolve("prometheus/alerts.yml").toString())
                .redirectErrorStream(true).start();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(new String(check.getInputStream().readAllBytes())).isZero();
    }

    /** Grafana colours a value with the last step whose value is at most the value (the first step has none). */
    private static String colourAt(JsonNode steps, double value) {
        String colour = null;
        for (JsonNode step : steps) {
            if (step.get("value").isNull() || step.get("value").asDouble() <= value) {
                colour = step.get("color").asString();
            }
        }
        return colour;
    }

    private Set<String> exportedMetrics() {
        enrol("Metrics"); // so that the processors' counters exist
        eventually(() -> assertThat(api.get("/actuator/prometheus", ADMIN).body()).contains("axon_processor_processed_total"));
        String scrape = api.get("/actuator/prometheus", ADMIN).body();
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^# TYPE (\\S+) (\\S+)").matcher(scrape);
        while (m.find()) {
            String name = m.group(1);
            names.add(name);
            if (m.group(2).equals("histogram")) {
                names.addAll(List.of(name + "_bucket", name + "_count", name + "_sum"));
            }
        }
        return names;
    }

    private static Set<String> metricsIn(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher m = METRIC.matcher(expression);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static void assertRunbookExists(String alert, String url) throws IOException {
        assertThat(url).as(alert).startsWith("docs/");
        String[] parts = url.substring("docs/".length()).split("#", 2);
        Path page = DOCS.resolve(parts[0]);
        assertThat(page).as(alert).exists();
        if (parts.length == 2) {
            List<String> anchors = Files.readAllLines(page).stream().filter(l -> l.startsWith("#"))
                    .map(l -> l.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT)
                            .replaceAll("[^a-z0-9 -]", "").trim().replace(' ', '-'))
                    .toList();
            assertThat(anchors).as("%s: section of %s", alert, parts[0]).contains(parts[1]);
        }
    }
}
