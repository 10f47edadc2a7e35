package org.schoolhub.service.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RestController;

/**
 * The layout of ARCHITECTURE.md and docs/design.md, enforced. The first rules restate what Maven's
 * module graph already forbids (they document it); the others are not enforced by anything else
 * and fail when a boundary is crossed.
 */
class BoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.schoolhub");

    /**
     * Who may name which table in SQL: its owner, and the readers listed with it. Operations sit
     * above both sides and read what they check, snapshot and replay; the event store's tables
     * belong to support (Axon's own), which operations also read for the event log and replays.
     */
    private static final Map<String, List<String>> TABLE_OWNERS = Map.ofEntries(
            owner("org.schoolhub.support..", "org.schoolhub.operations..",
                    "domain_event_entry", "snapshot_event_entry", "token_entry", "saga_entry",
                    "association_value_entry", "dead_letter_entry"),
            // the Stage-0 import reads back what it imported to compute its checksum (docs/stage0-import.md)
            owner("org.schoolhub.personal..", "org.schoolhub.operations.imports..", "family_personal_data", "child_personal_data", "transfer_memo",
                    "migration_contact", "feedback_comment", "guardian", "staff_personal_data", "password_reset_code"),
            owner("org.schoolhub.command..", null, "sel_transfer_registry", "scheduled_tasks"),
            owner("org.schoolhub.query..", "org.schoolhub.operations..",
                    "family_roster", "group_order", "group_order_line", "group_order_payment", "sel_account",
                    "sel_entry", "metric_activity", "metric_family", "metric_indicator", "metric_order_line",
                    "metric_sel_transfer", "community_stage", "uptime_heartbeat", "stage_migration",
                    "stage_migration_feature", "stage_migration_check", "stage_migration_rehearsal",
                    "community_stage_history", "api_response_minute", "metric_transfer_activity",
                    "metric_reversed_transfer", "feedback_score", "payment_request", "notification",
                    "notification_order_line", "notification_mailed"),
            owner("org.schoolhub.operations..", null, "rollback_snapshot", "rollback_rehearsal", "stage0_import",
                    "stage0_import_row"),
            // staff logins: the service's; personal data erases and imports staff, the import rolls them back
            owner("org.schoolhub.service..", "org.schoolhub.personal..,org.schoolhub.operations.imports..",
                    "app_user"),
            owner("org.schoolhub.service..", null, "installation"));

    /** {@code readers}: packages besides the owner that may name the tables, comma-separated, or null. */
    private static Map.Entry<String, List<String>> owner(String owner, String readers, String... tables) {
        List<String> allowed = new java.util.ArrayList<>(List.of(owner));
        if (readers != null) {
            allowed.addAll(List.of(readers.split(",")));
        }
        return Map.entry(String.join(",", tables), List.copyOf(allowed));
    }

    @Test
    void command_side_never_depends_on_query_side() {
        noClasses().that().resideInAPackage("org.schoolhub.command..")
                .should().dependOnClassesThat().resideInAPackage("org.schoolhub.query..")
                .check(CLASSES);
    }

    @Test
    void query_side_never_depends_on_command_side() {
        noClasses().that().resideInAPackage("org.schoolhub.query..")
                .should().dependOnClassesThat().resideInAPackage("org.schoolhub.command..")
                .check(CLASSES);
    }

    @Test
    void the_message_contract_knows_no_module_and_no_spring() {
        noClasses().that().resideInAPackage("org.schoolhub.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.schoolhub.command..", "org.schoolhub.query..",
                        "org.schoolhub.support..", "org.schoolhub.personal..", "org.schoolhub.operations..",
                        "org.schoolhub.service..", "org.springframework..", "com.fasterxml..", "tools.jackson..")
                .check(CLASSES);
    }

    @Test
    void each_table_is_named_only_by_its_owner_and_its_declared_readers() {
        checkTableOwnership(CLASSES);
    }

    static void checkTableOwnership(JavaClasses classes) {
        TABLE_OWNERS.forEach((tables, allowed) -> {
            for (String table : tables.split(",")) {
                noClasses().that(resideOutsideOf(allowed)).and().resideOutsideOfPackage("org.schoolhub.bench..")
                        .should(mentionTable(table))
                        .because(table + " belongs to " + allowed.get(0))
                        .allowEmptyShould(true)
                        .check(classes);
            }
        });
    }

    static final ArchRule HTTP_IN_THE_WEB_LAYER = noClasses().that().areNotAnnotatedWith(RestController.class)
            .and().areNotAnnotatedWith(org.schoolhub.support.web.ServesHttp.class)
            .and().resideOutsideOfPackage("org.schoolhub.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..",
                    "org.springframework.web..", "jakarta.servlet..");

    @Test
    void every_table_the_migrations_create_has_an_owner() throws java.io.IOException {
        Set<String> owned = new java.util.TreeSet<>();
        TABLE_OWNERS.keySet().forEach(tables -> owned.addAll(List.of(tables.split(","))));
        Set<String> created = new java.util.TreeSet<>();
        Pattern create = Pattern.compile("(?i)create table (?:if not exists )?([a-z0-9_]+)");
        for (var script : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:db/migration/*.sql")) {
            var m = create.matcher(script.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                created.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        org.assertj.core.api.Assertions.assertThat(created).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(owned).as("tables in TABLE_OWNERS").containsAll(created);
    }

    @Test
    void http_stays_in_the_controllers_and_the_web_layer() {
        HTTP_IN_THE_WEB_LAYER.check(CLASSES);
    }

    @Test
    void support_knows_neither_side_nor_operations_nor_personal_data() {
        noClasses().that().resideInAPackage("org.schoolhub.support..")
                .should().dependOnClassesThat().resideInAnyPackage("org.schoolhub.command..", "org.schoolhub.query..",
                        "org.schoolhub.operations..", "org.schoolhub.personal..", "org.schoolhub.service..")
                .check(CLASSES);
    }

    static final ArchRule PLAIN_AGGREGATES = noClasses().that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "com.fasterxml..", "tools.jackson..");

    @Test
    void aggregates_know_axon_and_the_contract_not_spring_jdbc_or_jackson() {
        PLAIN_AGGREGATES.check(CLASSES);
    }

    static final ArchRule PROJECTIONS_BATCH = noClasses().that(haveEventHandlers()).and().resideOutsideOfPackage("org.schoolhub.support..")
            .should().callMethodWhere(DescribedPredicate.describe("JdbcTemplate's update or batchUpdate",
                    call -> call.getTargetOwner().isAssignableTo(JdbcTemplate.class)
                            && (call.getName().equals("update") || call.getName().equals("batchUpdate"))))
            .because("a projection's writes are buffered and sent once per batch (support.projection.BatchedWrites)");

    @Test
    void projections_write_through_batched_writes_only() {
        PROJECTIONS_BATCH.check(CLASSES);
    }

    @Test
    void events_carry_no_personal_data() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("org.schoolhub.shared.events")
                .should().haveNameNotMatching("(?i).*(mail|phone|address|memo|comment|password|firstname|lastname"
                        + "|birth|allerg|displayname|language).*")
                .check(CLASSES);
    }

    @Test
    void events_are_records_with_a_revision() {
        classes().that().resideInAPackage("org.schoolhub.shared.events")
                .should().beRecords()
                .andShould().beAnnotatedWith(org.axonframework.serialization.Revision.class)
                .check(CLASSES);
    }

    static final ArchRule RECORD_ANSWERS = methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
            .and().areNotPrivate()
            .should(answerWithoutMaps());

    @Test
    void controllers_answer_with_records_not_maps() {
        RECORD_ANSWERS.check(CLASSES);
    }

    @Test
    void packages_have_no_cycles() {
        slices().matching("org.schoolhub.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> resideOutsideOf(List<String> packages) {
        return DescribedPredicate.describe("reside outside of " + packages,
                c -> packages.stream().noneMatch(p -> c.getPackageName().startsWith(p.replace("..", ""))));
    }

    private static DescribedPredicate<JavaClass> haveEventHandlers() {
        return DescribedPredicate.describe("have event handlers",
                c -> c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(EventHandler.class)));
    }

    /** Reads the class file's constant pool as text: SQL lives in its string constants. */
    private static ArchCondition<JavaClass> mentionTable(String table) {
        // a table named in SQL: after from, join, into, update, table or exists, as a whole name
        Pattern word = Pattern.compile("(?i)\\b(from|join|into|update|table|exists|truncate)\\s+(\\w+\\.)?" + table
                + "(?![a-z0-9_])");
        return new ArchCondition<>("name the table " + table) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (word.matcher(constants(javaClass)).find()) {
                    events.add(SimpleConditionEvent.satisfied(javaClass, javaClass.getName() + " names " + table));
                }
            }
        };
    }

    private static String constants(JavaClass javaClass) {
        String resource = "/" + javaClass.getName().replace('.', '/') + ".class";
        try (InputStream in = javaClass.reflect().getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArchCondition<JavaMethod> answerWithoutMaps() {
        return new ArchCondition<>("answer with records, not maps") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (mentionsMap(method.getReturnType())) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " answers with a Map"));
                }
            }
        };
    }

    private static boolean mentionsMap(JavaType type) {
        if (type.toErasure().isAssignableTo(Map.class)) {
            return true;
        }
        return type instanceof JavaParameterizedType parameterized
                && parameterized.getActualTypeArguments().stream().anyMatch(BoundariesTest::mentionsMap);
    }
}
