package org.schoolhub.operations.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Caller;
import org.schoolhub.support.web.Role;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The Stage 0 → 1 import (API.md): import or rehearse a Stage-0 file, read the reports, roll one back. */
@RestController
@RequestMapping("/api/admin/imports")
@Tag(name = "Operators")
class ImportController {

    static final String SQLITE = "application/vnd.sqlite3";

    private final Stage0Import imports;
    private final ImportRollback rollbacks;
    private final ImportRecords records;
    private final Community community;

    ImportController(Stage0Import imports, ImportRollback rollbacks, JdbcTemplate jdbc, JsonMapper json,
                     Community community) {
        this.imports = imports;
        this.rollbacks = rollbacks;
        this.records = new ImportRecords(jdbc, json);
        this.community = community;
    }

    // The media type is checked here rather than by the mapping, so that the checks every request
    // meets first (Accept, the text of its parameters) answer as they do everywhere else.
    @PostMapping
    @Refusals({ErrorCode.IMPORT_FILE_INVALID})
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The Stage-0 SQLite file",
            content = @Content(mediaType = SQLITE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "201", description = "Imported: the report", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Dry run: the report of the rehearsal; the ledger is unchanged",
            useReturnTypeSchema = true)
    @Operation(summary = "Import a Stage-0 database, or rehearse it with dryRun=true (OPERATOR)")
    ResponseEntity<ImportReport> importFile(@RequestParam(defaultValue = "false") boolean dryRun,
                                            HttpServletRequest request, Caller caller) throws IOException {
        caller.requireRole(Role.OPERATOR);
        if (!isSqlite(request.getContentType())) {
            throw new RejectedException(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        }
        Path upload = Files.createTempFile("stage0-upload-", ".sqlite");
        try {
            try (InputStream body = request.getInputStream()) {
                Files.copy(body, upload, StandardCopyOption.REPLACE_EXISTING);
            }
            ImportReport report = imports.run(upload, dryRun, caller);
            return dryRun ? ResponseEntity.ok(report)
                    : ResponseEntity.created(URI.create("/api/admin/imports/" + report.importId())).body(report);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    private static boolean isSqlite(String contentType) {
        try {
            return contentType != null && MediaType.parseMediaType(contentType).equalsTypeAndSubtype(MediaType.valueOf(SQLITE));
        } catch (InvalidMimeTypeException e) {
            return false;
        }
    }

    @GetMapping
    @Operation(summary = "Every import and dry run, newest first (OPERATOR)")
    List<ImportReport> list(Caller caller) {
        caller.requireRole(Role.OPERATOR);
        return records.reports(community.communityId());
    }

    @GetMapping("/{importId}")
    @Refusals({ErrorCode.NOT_FOUND})
    @Operation(summary = "One import's report (OPERATOR)")
    ImportReport one(@PathVariable UUID importId, Caller caller) {
        caller.requireRole(Role.OPERATOR);
        return records.report(importId).orElseThrow(() -> new RejectedException(ErrorCode.NOT_FOUND));
    }

    @PostMapping("/{importId}/rollback")
    @Refusals({ErrorCode.NOT_FOUND, ErrorCode.CONFLICT})
    @Operation(summary = "Withdraw and erase, by compensating events, every family and login one import created"
            + " (OPERATOR)")
    ImportRollback.RolledBack rollBack(@PathVariable UUID importId, Caller caller) {
        caller.requireRole(Role.OPERATOR);
        return rollbacks.rollBack(importId, caller);
    }
}
