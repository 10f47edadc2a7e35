package org.schoolhub.query.family;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.personal.FamilyRecords;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Caller;
import org.schoolhub.support.web.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whom a family can pay: the active families that are listed, by name, and nothing else about them. */
@RestController
@Tag(name = "Families")
class DirectoryController {

    private final JdbcTemplate jdbc;
    private final FamilyRecords records;

    DirectoryController(JdbcTemplate jdbc, FamilyRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    /** One family of the directory. */
    record DirectoryEntry(UUID familyId, String name) {
    }

    @GetMapping("/api/directory")
    @Operation(summary = "The directory: active listed families, names only (MEMBER, COORDINATOR)")
    List<DirectoryEntry> directory(Caller caller) {
        if (!caller.has(Role.MEMBER) && !caller.has(Role.COORDINATOR)) {
            throw new RejectedException(ErrorCode.FORBIDDEN);
        }
        Map<UUID, String> listed = records.listedNames();
        Collator byName = Collator.getInstance(Locale.FRENCH);
        return jdbc.queryForList("select family_id from family_roster where status = 'ACTIVE'", UUID.class).stream()
                .filter(listed::containsKey)
                .map(id -> new DirectoryEntry(id, listed.get(id)))
                .sorted(Comparator.comparing(DirectoryEntry::name, byName).thenComparing(DirectoryEntry::familyId))
                .toList();
    }
}
