package org.schoolhub.operations.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.schoolhub.personal.ImportedPersonalData;
import org.schoolhub.shared.values.ImportedFamily;

/**
 * Decides, row by row, what a Stage-0 file becomes (API.md, Stage 0 → 1 import): never fails on
 * a value it did not expect, and accounts for every row, imported or skipped, with a problem for
 * each one skipped or altered. Pure: the ledger's state comes in as the e-mails already in use and
 * the rows earlier imports brought.
 */
final class ImportPlanner {

    static final int NAME_MAX = 100;
    static final int EMAIL_MAX = 254;
    private static final Set<String> LANGUAGES = Set.of("fr", "nl", "en");
    private static final Set<String> STAFF_ROLES = Set.of("admin", "coordinator");

    private final UUID importId;
    private final int thisYear;
    private final Set<String> emailsInUse;
    private final Map<String, Set<Long>> alreadyImported;
    private final List<ImportPlan.RowProblem> problems = new ArrayList<>();
    private final List<ImportPlan.MappedRow> rows = new ArrayList<>();
    private final List<String> canonical = new ArrayList<>();

    ImportPlanner(UUID importId, int thisYear, Set<String> emailsInUse, Map<String, Set<Long>> alreadyImported) {
        this.importId = importId;
        this.thisYear = thisYear;
        this.emailsInUse = emailsInUse;
        this.alreadyImported = alreadyImported;
    }

    ImportPlan plan(Stage0Data data) {
        Map<Long, PlannedFamily> families = new LinkedHashMap<>();
        Map<Long, String> familyFate = new HashMap<>();
        for (Stage0Data.FamilyRow row : data.families()) {
            PlannedFamily family = family(row, familyFate);
            if (family != null) {
                families.put(row.id(), family);
            }
        }
        Map<Long, List<Long>> familiesOfUser = new HashMap<>();
        for (Stage0Data.Member member : data.members()) {
            if (member.userId() != null && member.familyId() != null) {
                familiesOfUser.computeIfAbsent(member.userId(), u -> new ArrayList<>()).add(member.familyId());
            }
        }
        List<ImportedPersonalData.Staff> staff = new ArrayList<>();
        Map<String, Long> claimed = new HashMap<>();
        for (Stage0Data.User user : data.users()) {
            user(user, families, familyFate, familiesOfUser.getOrDefault(user.id(), List.of()), claimed, staff);
        }
        int childrenImported = 0;
        for (Stage0Data.ChildRow row : data.children()) {
            childrenImported += child(row, families, familyFate) ? 1 : 0;
        }
        List<ImportedFamily> newFamilies = new ArrayList<>();
        for (Map.Entry<Long, PlannedFamily> entry : families.entrySet()) {
            PlannedFamily family = entry.getValue();
            if (family.guardians.isEmpty()) {
                problem(ImportPlan.FAMILIES, entry.getKey(), ProblemCode.NO_GUARDIAN,
                        "no login of this family could be imported: nobody can log in for it until a guardian is added");
            }
            newFamilies.add(family.imported());
        }
        problems.sort(java.util.Comparator.comparing(ImportPlan.RowProblem::table).thenComparing(ImportPlan.RowProblem::rowId));
        java.util.Collections.sort(canonical);
        int guardians = newFamilies.stream().mapToInt(f -> f.guardians().size()).sum();
        return new ImportPlan(ImportPlan.TableCounts.of(data.families().size(), newFamilies.size()),
                ImportPlan.TableCounts.of(data.users().size(), guardians + staff.size()),
                ImportPlan.TableCounts.of(data.children().size(), childrenImported),
                List.copyOf(problems), newFamilies, staff, List.copyOf(rows), List.copyOf(canonical));
    }

    private PlannedFamily family(Stage0Data.FamilyRow row, Map<Long, String> fate) {
        String table = ImportPlan.FAMILIES;
        if (imported(table, row.id())) {
            fate.put(row.id(), "was imported before");
            return skip(table, row.id(), ProblemCode.ALREADY_IMPORTED, "imported by an earlier import");
        }
        if (row.deletedAt() != null) {
            fate.put(row.id(), "was deleted in Stage 0");
            return skip(table, row.id(), ProblemCode.DELETED_IN_STAGE0, "deleted in Stage 0 at " + row.deletedAt());
        }
        Clean name = Clean.text(row.name(), NAME_MAX);
        if (name.missing()) {
            fate.put(row.id(), "was not imported");
            return skip(table, row.id(), ProblemCode.INVALID_VALUE, "name empty, too long or with control characters");
        }
        List<String> changed = new ArrayList<>();
        if (name.changed()) {
            changed.add("name: spaces normalised");
        }
        String address = optional(Clean.text(row.address(), 200), "address", changed);
        normalised(table, row.id(), changed);
        UUID familyId = id(table, row.id());
        rows.add(new ImportPlan.MappedRow(table, row.id(), familyId));
        canonical.add(Canonical.family(row.id(), name.value(), address));
        return new PlannedFamily(row.id(), familyId, name.value(), address);
    }

    private void user(Stage0Data.User user, Map<Long, PlannedFamily> families, Map<Long, String> familyFate,
                      List<Long> memberOf, Map<String, Long> claimed, List<ImportedPersonalData.Staff> staff) {
        String table = ImportPlan.USERS;
        long id = user.id();
        if (imported(table, id)) {
            skip(table, id, ProblemCode.ALREADY_IMPORTED, "imported by an earlier import");
            return;
        }
        if (user.deletedAt() != null) {
            skip(table, id, ProblemCode.DELETED_IN_STAGE0, "deleted in Stage 0 at " + user.deletedAt());
            return;
        }
        Clean email = Clean.text(user.email(), EMAIL_MAX);
        if (email.missing() || !email.value().matches("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+")) {
            skip(table, id, ProblemCode.INVALID_VALUE, "e-mail address missing or invalid");
            return;
        }
        String role = user.role() == null ? "parent" : user.role().strip().toLowerCase(java.util.Locale.ROOT);
        boolean isStaff = STAFF_ROLES.contains(role);
        if (!isStaff && !role.equals("parent")) {
            skip(table, id, ProblemCode.INVALID_VALUE, "unknown role '" + Canonical.shown(user.role()) + "'");
            return;
        }
        PlannedFamily family = null;
        if (!isStaff) {
            Long familyId = memberOf.stream().filter(families::containsKey).findFirst().orElse(null);
            if (familyId == null) {
                skipWithoutFamily(id, memberOf, familyFate);
                return;
            }
            family = families.get(familyId);
        }
        String key = ImportedPersonalData.emailKey(email.value());
        if (claimed.containsKey(key)) {
            skip(table, id, ProblemCode.DUPLICATE_EMAIL, "same e-mail address as user " + claimed.get(key)
                    + " (case-insensitive): the later login is skipped");
            return;
        }
        if (emailsInUse.contains(key)) {
            skip(table, id, ProblemCode.DUPLICATE_EMAIL, "the e-mail address is already a login of the ledger");
            return;
        }
        claimed.put(key, id);
        List<String> changed = new ArrayList<>();
        if (email.changed()) {
            changed.add("email: spaces normalised");
        }
        Clean display = Clean.text(user.displayName(), NAME_MAX);
        String name = display.value();
        if (name == null) {
            name = family != null ? family.name : email.value().substring(0, email.value().indexOf('@'));
            changed.add(user.displayName() == null ? "display_name missing: " + (family != null ? "the family's name"
                    : "the e-mail's local part") + " is used" : "display_name invalid: replaced");
        } else if (display.changed()) {
            changed.add("display_name: spaces normalised");
        }
        String phone = optional(Clean.text(user.phone(), 40), "phone", changed);
        String language = language(user.language(), changed);
        String hash = hash(user.passwordHash());
        if (hash == null) {
            problem(table, id, ProblemCode.PASSWORD_RESET_REQUIRED, user.passwordHash() == null
                    ? "never activated in Stage 0: no password; cannot log in until a reset"
                    : "legacy password hash: cannot log in until a reset");
        }
        if (!isStaff && memberOf.size() > 1) {
            changed.add("member of several families: imported as a guardian of family " + memberOf.get(0)
                    + " only");
        }
        normalised(table, id, changed);
        UUID userId = id(table, id);
        rows.add(new ImportPlan.MappedRow(table, id, userId));
        if (isStaff) {
            staff.add(new ImportedPersonalData.Staff(userId, name, email.value(), hash, phone, language));
            canonical.add(Canonical.staff(id, name, email.value(), hash, phone, language));
        } else {
            family.guardians.add(new ImportedFamily.Guardian(userId, name, email.value(), hash, phone, language));
            canonical.add(Canonical.guardian(id, family.sourceId, name, email.value(), hash, phone, language));
        }
    }

    private void skipWithoutFamily(long id, List<Long> memberOf, Map<Long, String> familyFate) {
        if (memberOf.isEmpty()) {
            skip(ImportPlan.USERS, id, ProblemCode.NO_FAMILY, "a parent login that belongs to no family");
            return;
        }
        long familyId = memberOf.get(0);
        String fate = familyFate.getOrDefault(familyId, "does not exist");
        ProblemCode code = fate.startsWith("was deleted") ? ProblemCode.DELETED_IN_STAGE0
                : fate.startsWith("was imported before") ? ProblemCode.ALREADY_IMPORTED : ProblemCode.NO_FAMILY;
        skip(ImportPlan.USERS, id, code, "its family " + familyId + " " + fate);
    }

    private boolean child(Stage0Data.ChildRow row, Map<Long, PlannedFamily> families, Map<Long, String> familyFate) {
        String table = ImportPlan.CHILDREN;
        long id = row.id();
        if (imported(table, id)) {
            return skipped(table, id, ProblemCode.ALREADY_IMPORTED, "imported by an earlier import");
        }
        if (row.deletedAt() != null) {
            return skipped(table, id, ProblemCode.DELETED_IN_STAGE0, "deleted in Stage 0 at " + row.deletedAt());
        }
        PlannedFamily family = row.familyId() == null ? null : families.get(row.familyId());
        if (family == null) {
            String fate = row.familyId() == null ? null : familyFate.get(row.familyId());
            if (fate == null) {
                return skipped(table, id, ProblemCode.ORPHAN_CHILD, "family " + row.familyId() + " does not exist");
            }
            ProblemCode code = fate.startsWith("was deleted") ? ProblemCode.DELETED_IN_STAGE0
                    : fate.startsWith("was imported before") ? ProblemCode.ALREADY_IMPORTED : ProblemCode.ORPHAN_CHILD;
            return skipped(table, id, code, "its family " + row.familyId() + " " + fate);
        }
        Clean first = Clean.text(row.firstName(), NAME_MAX);
        if (first.missing()) {
            return skipped(table, id, ProblemCode.INVALID_VALUE, "first name empty, too long or with control characters");
        }
        List<String> changed = new ArrayList<>();
        if (first.changed()) {
            changed.add("first_name: spaces normalised");
        }
        String last = optional(Clean.text(row.lastName(), NAME_MAX), "last_name", changed);
        String className = optional(Clean.text(row.className(), 40), "class_name", changed);
        String allergies = optional(Clean.text(row.allergies(), 200), "allergies", changed);
        Integer birthYear = BirthDates.year(row.birthDate(), thisYear);
        if (birthYear == null) {
            problem(table, id, ProblemCode.BIRTH_DATE_UNKNOWN, row.birthDate() == null ? "no birth date"
                    : "birth date '" + Canonical.shown(row.birthDate()) + "' implausible or unparseable: birthYear null");
        }
        normalised(table, id, changed);
        UUID childId = id(table, id);
        rows.add(new ImportPlan.MappedRow(table, id, childId));
        family.children.add(new ImportedFamily.Child(childId, first.value(), last, birthYear, className, allergies));
        canonical.add(Canonical.child(id, family.sourceId, first.value(), last, birthYear, className, allergies));
        return true;
    }

    /** An optional value the ledger cannot hold is dropped and said so; spaces normalised are said too. */
    private static String optional(Clean value, String column, List<String> changed) {
        if (value.invalid()) {
            changed.add(column + ": too long or with control characters, dropped");
        } else if (value.changed()) {
            changed.add(column + (value.missing() ? ": empty, dropped" : ": spaces normalised"));
        }
        return value.value();
    }

    private static String language(String raw, List<String> changed) {
        if (raw == null) {
            return null;
        }
        String language = raw.strip().toLowerCase(java.util.Locale.ROOT);
        if (LANGUAGES.contains(language)) {
            if (!language.equals(raw)) {
                changed.add("preferred_language: normalised");
            }
            return language;
        }
        changed.add("preferred_language: unknown, dropped");
        return null;
    }

    /** Only a bcrypt hash is kept; anything else (a legacy sha256 hash, nothing) asks for a reset. */
    static String hash(String raw) {
        return raw != null && raw.matches("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}") ? raw : null;
    }

    private void normalised(String table, long id, List<String> changed) {
        if (!changed.isEmpty()) {
            problem(table, id, ProblemCode.NORMALISED, String.join("; ", changed));
        }
    }

    private boolean imported(String table, long id) {
        return alreadyImported.getOrDefault(table, Set.of()).contains(id);
    }

    private <T> T skip(String table, long id, ProblemCode code, String detail) {
        problem(table, id, code, detail);
        return null;
    }

    private boolean skipped(String table, long id, ProblemCode code, String detail) {
        problem(table, id, code, detail);
        return false;
    }

    private void problem(String table, long id, ProblemCode code, String detail) {
        problems.add(new ImportPlan.RowProblem(table, id, code.name(), detail));
    }

    /** Ids made from the import and the source row: the same within one import, new in another. */
    private UUID id(String table, long sourceId) {
        return UUID.nameUUIDFromBytes(("stage0/" + importId + "/" + table + "/" + sourceId)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A family being planned: its guardians and children are added as their rows are read. */
    private static final class PlannedFamily {

        private final long sourceId;
        private final UUID familyId;
        private final String name;
        private final String address;
        private final List<ImportedFamily.Guardian> guardians = new ArrayList<>();
        private final List<ImportedFamily.Child> children = new ArrayList<>();

        PlannedFamily(long sourceId, UUID familyId, String name, String address) {
            this.sourceId = sourceId;
            this.familyId = familyId;
            this.name = name;
            this.address = address;
        }

        ImportedFamily imported() {
            String email = guardians.isEmpty() ? null : guardians.get(0).email();
            return new ImportedFamily(familyId, name, email, address, guardians, children);
        }
    }
}
