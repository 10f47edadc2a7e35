package org.schoolhub.service.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layout of ARCHITECTURE.md, enforced: the build fails when a boundary is crossed. */
class BoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.schoolhub");

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
    void the_message_contract_knows_neither_side_nor_spring() {
        noClasses().that().resideInAPackage("org.schoolhub.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.schoolhub.command..", "org.schoolhub.query..",
                        "org.schoolhub.service..", "org.springframework..")
                .check(CLASSES);
    }

    @Test
    void neither_side_depends_on_the_service_module() {
        noClasses().that().resideInAnyPackage("org.schoolhub.command..", "org.schoolhub.query..")
                .should().dependOnClassesThat().resideInAPackage("org.schoolhub.service..")
                .check(CLASSES);
    }

    @Test
    void events_are_records_with_a_revision() {
        classes().that().resideInAPackage("org.schoolhub.shared.events")
                .should().beRecords()
                .andShould().beAnnotatedWith(org.axonframework.serialization.Revision.class)
                .check(CLASSES);
    }
}
