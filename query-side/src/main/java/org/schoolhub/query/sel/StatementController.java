package org.schoolhub.query.sel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Caller;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A family's statement for a period, as JSON, CSV or PDF, in the reader's language. */
@RestController
@RequestMapping("/api/sel")
@Tag(name = "SEL")
class StatementController {

    static final MediaType CSV = new MediaType("text", "csv");
    /** A statement covers at most about a year: longer, ask for several. */
    private static final long MAX_DAYS = 366;

    private final StatementReader statements;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final Community community;

    StatementController(StatementReader statements, JdbcTemplate jdbc, MessageSource messages, Community community) {
        this.statements = statements;
        this.jdbc = jdbc;
        this.messages = messages;
        this.community = community;
    }

    @GetMapping(value = "/statements/{familyId}", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv",
            MediaType.APPLICATION_PDF_VALUE})
    @Refusals({ErrorCode.FAMILY_NOT_FOUND})
    @ApiResponse(responseCode = "200", description = "The statement: JSON, or CSV or PDF as Accept asks, in the language"
            + " of Accept-Language", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Statement.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))})
    @Operation(summary = "A family's statement for the days from..to (that family or COORDINATOR)")
    ResponseEntity<?> statement(@PathVariable UUID familyId,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                Locale locale, Caller caller) {
        requirePlausible("from", from);
        requirePlausible("to", to);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "to",
                    "must be on or after from, at most " + MAX_DAYS + " days later");
        }
        caller.requireActingFor(familyId);
        Integer known = jdbc.queryForObject("select count(*) from sel_account where family_id = ?", Integer.class, familyId);
        if (known == null || known == 0) {
            throw new RejectedException(ErrorCode.FAMILY_NOT_FOUND, familyId);
        }
        Statement statement = statements.read(familyId, from, to);
        StatementLabels labels = new StatementLabels(messages, locale, community.zone());
        String file = "statement-" + from + "-" + to;
        return switch (wanted(accept)) {
            case "csv" -> ResponseEntity.ok().contentType(new MediaType(CSV, java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".csv\"")
                    .body(StatementCsv.of(statement, labels));
            case "pdf" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".pdf\"")
                    .body(StatementPdf.of(statement, labels));
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(statement);
        };
    }

    /** The first of JSON, CSV and PDF that Accept takes, by its order of preference; JSON without one. */
    private static String wanted(String accept) {
        if (accept == null || accept.isBlank()) {
            return "json";
        }
        List<MediaType> accepted = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
        // by preference; of equal ones, the first written
        accepted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return "json";
            }
            if (type.isCompatibleWith(CSV)) {
                return "csv";
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_PDF)) {
                return "pdf";
            }
        }
        return "json";
    }

    private static void requirePlausible(String field, LocalDate date) {
        if (date.getYear() < 1970 || date.getYear() > 9999) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, field, "must be between 1970-01-01 and 9999-12-31");
        }
    }
}
