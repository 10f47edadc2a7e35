package org.schoolhub.operations.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The rules of the plan on rows the generator never makes: the importer must not crash on them either. */
class ImportPlannerTest {

    private static final String BCRYPT = "$2b$04$" + "a".repeat(53);

    @Test
    void unexpected_values_are_skipped_or_dropped_with_a_problem_never_a_crash() {
        Stage0Data data = new Stage0Data("stage0-1.4",
                List.of(user(1, "ok@mail.example", "parent"), user(2, "no-at-sign", "parent"),
                        user(3, "boss@mail.example", "janitor"), user(4, "lonely@mail.example", "parent"),
                        user(5, "two@mail.example", "parent")),
                List.of(new Stage0Data.FamilyRow(10, "  Dupont   Martin ", "Rue\u0007 1", null),
                        new Stage0Data.FamilyRow(11, "\u0000", null, null), new Stage0Data.FamilyRow(12, "X", null, null)),
                List.of(new Stage0Data.Member(10L, 1L, "parent"), new Stage0Data.Member(10L, 2L, "parent"),
                        new Stage0Data.Member(10L, 3L, "parent"), new Stage0Data.Member(10L, 5L, "parent"),
                        new Stage0Data.Member(12L, 5L, "guardian"), new Stage0Data.Member(null, 4L, "parent")),
                List.of(new Stage0Data.ChildRow(20, 10L, "Léa", null, "31/02/2019", "", null, null),
                        new Stage0Data.ChildRow(21, null, "Tom", null, "2019-01-01", "P1", null, null),
                        new Stage0Data.ChildRow(22, 11L, "Kim", null, "2019-01-01", "P1", null, null),
                        new Stage0Data.ChildRow(23, 10L, " ", null, "2019-01-01", "P1", null, null)));
        ImportPlan plan = new ImportPlanner(UUID.randomUUID(), 2026, Set.of(), Map.of()).plan(data);

        assertThat(plan.problems()).extracting(p -> p.table() + " " + p.rowId() + " " + p.code()).contains(
                "families 10 NORMALISED", "families 11 INVALID_VALUE", "families 12 NO_GUARDIAN",
                "users 2 INVALID_VALUE", "users 3 INVALID_VALUE", "users 4 NO_FAMILY", "users 5 NORMALISED",
                "children 20 BIRTH_DATE_UNKNOWN", "children 20 NORMALISED", "children 21 ORPHAN_CHILD",
                "children 22 ORPHAN_CHILD", "children 23 INVALID_VALUE");
        assertThat(plan.families()).isEqualTo(new ImportPlan.TableCounts(3, 2, 1));
        assertThat(plan.users()).isEqualTo(new ImportPlan.TableCounts(5, 2, 3));
        assertThat(plan.children()).isEqualTo(new ImportPlan.TableCounts(4, 1, 3));
        assertThat(plan.newFamilies().get(0).name()).isEqualTo("Dupont Martin");
        assertThat(plan.newFamilies().get(0).address()).as("a control character: dropped").isNull();
        assertThat(plan.newFamilies().get(0).children().get(0).className()).isNull();
        assertThat(plan.newFamilies().get(0).guardians()).extracting(g -> g.email())
                .containsExactly("ok@mail.example", "two@mail.example");
    }

    @Test
    void a_login_in_use_in_the_ledger_and_rows_imported_before_are_skipped() {
        Stage0Data data = new Stage0Data("stage0-1.4",
                List.of(user(1, "Taken@Mail.Example", "parent"), user(2, "free@mail.example", "coordinator")),
                List.of(new Stage0Data.FamilyRow(10, "A", null, null), new Stage0Data.FamilyRow(11, "B", null, null)),
                List.of(new Stage0Data.Member(10L, 1L, "parent")),
                List.of(new Stage0Data.ChildRow(20, 11L, "Léa", null, "2019-01-01", "P1", null, null)));
        ImportPlan plan = new ImportPlanner(UUID.randomUUID(), 2026, Set.of("taken@mail.example"),
                Map.of("families", Set.of(11L))).plan(data);
        assertThat(plan.problems()).extracting(p -> p.table() + " " + p.rowId() + " " + p.code()).containsExactly(
                "children 20 ALREADY_IMPORTED", "families 10 NO_GUARDIAN", "families 11 ALREADY_IMPORTED",
                "users 1 DUPLICATE_EMAIL");
        assertThat(plan.newStaff()).singleElement().satisfies(s -> assertThat(s.passwordHash()).isEqualTo(BCRYPT));
    }

    @Test
    void birth_years_come_from_both_date_forms_and_must_be_plausible() {
        assertThat(BirthDates.year("2017-05-04", 2026)).isEqualTo(2017);
        assertThat(BirthDates.year("04/05/2017", 2026)).isEqualTo(2017);
        assertThat(BirthDates.year("2001-01-01", 2026)).isEqualTo(2001);
        assertThat(BirthDates.year("2000-12-31", 2026)).isNull();
        assertThat(BirthDates.year("2031-05-04", 2026)).isNull();
        assertThat(BirthDates.year("1900-01-01", 2026)).isNull();
        assertThat(BirthDates.year("yesterday", 2026)).isNull();
        assertThat(BirthDates.year(null, 2026)).isNull();
    }

    @Test
    void only_bcrypt_hashes_are_kept() {
        assertThat(ImportPlanner.hash(BCRYPT)).isEqualTo(BCRYPT);
        assertThat(ImportPlanner.hash("sha256$0000abcd$" + "f".repeat(64))).isNull();
        assertThat(ImportPlanner.hash("")).isNull();
        assertThat(ImportPlanner.hash(null)).isNull();
    }

    private static Stage0Data.User user(long id, String email, String role) {
        return new Stage0Data.User(id, email, BCRYPT, role, "Name " + id, null, "fr", null);
    }
}
