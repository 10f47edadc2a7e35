package org.schoolhub.service.config.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schoolhub.command.config.CommandBusSettings;
import org.schoolhub.command.grouporder.DeadlineSettings;
import org.schoolhub.query.metrics.HeartbeatSettings;
import org.schoolhub.operations.snapshot.DailySnapshotSettings;
import org.schoolhub.support.role.NodeRole;
import org.schoolhub.shared.values.SelLimits;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The settings as the application binds them: defaults, every existing name, and refusals at start-up. */
@ExtendWith(OutputCaptureExtension.class)
class SchoolhubPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SettingsConfig.class);

    @Test
    void a_node_that_sets_nothing_runs_as_before_the_settings_were_bound_in_one_place() {
        runner.run(context -> {
            SchoolhubProperties properties = context.getBean(SchoolhubProperties.class);
            assertThat(properties.role()).isEqualTo(NodeRole.ALL);
            assertThat(properties.dataDir()).isEqualTo("./data");
            assertThat(properties.embeddedPort()).isZero();
            assertThat(properties.bootstrapAdminPassword()).isNull();
            assertThat(properties.timeZone()).isEqualTo(ZoneId.of("Europe/Brussels"));
            assertThat(properties.payments().provider()).isEqualTo(PaymentProvider.MANUAL);
            assertThat(properties.health()).isEqualTo(new SchoolhubProperties.Health(
                    Duration.ofSeconds(5), Duration.ofMinutes(3), Duration.ofMinutes(1)));
            assertThat(properties.seed()).isEqualTo(new SchoolhubProperties.Seed(null, 40, "seed-password-1", 42, false));
            assertThat(context.getBean(SelLimits.class)).isEqualTo(new SelLimits(-300, 600));
            assertThat(context.getBean(CommandBusSettings.class)).isEqualTo(new CommandBusSettings(256, 8192));
            assertThat(context.getBean(DeadlineSettings.class)).isEqualTo(new DeadlineSettings(Duration.ofSeconds(1)));
            assertThat(context.getBean(HeartbeatSettings.class)).isEqualTo(new HeartbeatSettings(Duration.ofMinutes(1)));
            assertThat(context.getBean(DailySnapshotSettings.class))
                    .isEqualTo(new DailySnapshotSettings("0 15 3 * * *"));
        });
    }

    @Test
    void every_property_keeps_the_name_the_docs_and_the_tests_use() {
        runner.withPropertyValues(
                "schoolhub.role=query", "schoolhub.data-dir=/var/lib/schoolhub", "schoolhub.embedded-port=55432",
                "schoolhub.bootstrap-admin-password=a long password", "schoolhub.time-zone=Europe/Paris",
                "schoolhub.sel.lower-limit=-100", "schoolhub.sel.upper-limit=200",
                "schoolhub.commands.max-group-size=16", "schoolhub.commands.queue-capacity=64",
                "schoolhub.deadlines.polling-interval=250ms", "schoolhub.payments.provider=manual",
                "schoolhub.metrics.heartbeat-interval=30000", "schoolhub.operations.daily-snapshot-cron=0 0 4 * * *",
                "schoolhub.health.database-check-interval=2s", "schoolhub.health.database-outage-limit=1m",
                "schoolhub.health.database-resources-hold=30s",
                "schoolhub.seed.months=6", "schoolhub.seed.families=12", "schoolhub.seed.password=another-password",
                "schoolhub.seed.random-seed=7", "schoolhub.seed.exit=true"
        ).run(context -> {
            SchoolhubProperties properties = context.getBean(SchoolhubProperties.class);
            assertThat(properties.role()).isEqualTo(NodeRole.QUERY);
            assertThat(properties.dataDir()).isEqualTo("/var/lib/schoolhub");
            assertThat(properties.embeddedPort()).isEqualTo(55432);
            assertThat(properties.bootstrapAdminPassword()).isEqualTo("a long password");
            assertThat(properties.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
            assertThat(properties.health()).isEqualTo(new SchoolhubProperties.Health(
                    Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofSeconds(30)));
            assertThat(properties.seed()).isEqualTo(new SchoolhubProperties.Seed(6, 12, "another-password", 7, true));
            assertThat(context.getBean(SelLimits.class)).isEqualTo(new SelLimits(-100, 200));
            assertThat(context.getBean(CommandBusSettings.class)).isEqualTo(new CommandBusSettings(16, 64));
            assertThat(context.getBean(DeadlineSettings.class)).isEqualTo(new DeadlineSettings(Duration.ofMillis(250)));
            // a bare number is milliseconds, as it was when @Scheduled read it
            assertThat(context.getBean(HeartbeatSettings.class)).isEqualTo(new HeartbeatSettings(Duration.ofSeconds(30)));
            assertThat(context.getBean(DailySnapshotSettings.class))
                    .isEqualTo(new DailySnapshotSettings("0 0 4 * * *"));
        });
    }

    @Test
    void the_environment_variables_of_the_deployment_guide_still_set_them() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                new SystemEnvironmentPropertySource("systemEnvironment", Map.of(
                        "SCHOOLHUB_ROLE", "command",
                        "SCHOOLHUB_DATA_DIR", "/srv/data",
                        "SCHOOLHUB_SEL_LOWER_LIMIT", "-50",
                        "SCHOOLHUB_SEL_UPPER_LIMIT", "80",
                        "SCHOOLHUB_TIME_ZONE", "Europe/Amsterdam",
                        "SCHOOLHUB_OPERATIONS_DAILY_SNAPSHOT_CRON", "0 30 2 * * *",
                        "SCHOOLHUB_HEALTH_DATABASE_OUTAGE_LIMIT", "10m",
                        "SCHOOLHUB_EMBEDDED_PORT", "5433"))))
                .run(context -> {
                    SchoolhubProperties properties = context.getBean(SchoolhubProperties.class);
                    assertThat(properties.role()).isEqualTo(NodeRole.COMMAND);
                    assertThat(properties.dataDir()).isEqualTo("/srv/data");
                    assertThat(properties.timeZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
                    assertThat(properties.health().databaseOutageLimit()).isEqualTo(Duration.ofMinutes(10));
                    assertThat(properties.embeddedPort()).isEqualTo(5433);
                    assertThat(context.getBean(SelLimits.class)).isEqualTo(new SelLimits(-50, 80));
                    assertThat(context.getBean(DailySnapshotSettings.class).cron()).isEqualTo("0 30 2 * * *");
                });
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "schoolhub.role                            | reporting",
            "schoolhub.data-dir                        | ' '",
            "schoolhub.embedded-port                   | 70000",
            "schoolhub.time-zone                       | Mars/Olympus",
            "schoolhub.sel.lower-limit                 | 5",
            "schoolhub.sel.upper-limit                 | -1",
            "schoolhub.commands.max-group-size         | 0",
            "schoolhub.commands.queue-capacity         | -5",
            "schoolhub.deadlines.polling-interval      | 0s",
            "schoolhub.payments.provider               | mollie",
            "schoolhub.metrics.heartbeat-interval      | 0",
            "schoolhub.operations.daily-snapshot-cron  | at three every night",
            "schoolhub.health.database-check-interval  | 0s",
            "schoolhub.health.database-outage-limit    | -1m",
            "schoolhub.health.database-resources-hold  | 0ms",
            "schoolhub.seed.months                     | 0",
            "schoolhub.seed.families                   | -3",
            "schoolhub.seed.password                   | ' '",
    })
    void a_bad_value_stops_the_start_and_the_report_names_the_property(String property, String value,
                                                                      CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(SettingsConfig.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // an external database, named but never reached: no embedded server is started
                .properties("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/not-used");

        assertThatThrownBy(() -> application.run("--" + property + "=" + value).close());
        assertThat(output).contains("APPLICATION FAILED TO START");
        String report = output.getAll().substring(output.getAll().lastIndexOf("APPLICATION FAILED TO START"));
        Matcher named = Pattern.compile("Property: (\\S+)").matcher(report);
        assertThat(named.find()).as(report).isTrue();
        // a nested setting is reported in its Java spelling (schoolhub.sel.lowerLimit), which relaxed
        // binding reads as the same property
        assertThat(ConfigurationPropertyName.adapt(named.group(1), '.')).as(report)
                .isEqualTo(ConfigurationPropertyName.of(property));
        assertThat(report).contains("Reason: ");
    }
}
