package org.schoolhub.operations.imports;

import java.util.List;

/**
 * What a Stage-0 file holds, read as text: SQLite columns have no fixed type, so every value is
 * taken as it comes and judged by the planner, never trusted by the reader.
 */
record Stage0Data(String schemaVersion, List<User> users, List<FamilyRow> families, List<Member> members,
                  List<ChildRow> children) {

    record User(long id, String email, String passwordHash, String role, String displayName, String phone,
                String language, String deletedAt) {
    }

    record FamilyRow(long id, String name, String address, String deletedAt) {
    }

    record Member(Long familyId, Long userId, String relation) {
    }

    record ChildRow(long id, Long familyId, String firstName, String lastName, String birthDate, String className,
                    String allergies, String deletedAt) {
    }
}
