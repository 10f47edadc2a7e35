package org.schoolhub.query.feedback;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.support.web.Caller;
import org.schoolhub.support.web.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/feedback/summary (API.md, Stage migrations). */
@RestController
@Tag(name = "Stage migrations")
class FeedbackQueryController {

    private final FeedbackSummary summary;

    FeedbackQueryController(FeedbackSummary summary) {
        this.summary = summary;
    }

    @GetMapping("/api/feedback/summary")
    @Operation(summary = "Families' satisfaction over the last 30 days (COORDINATOR)")
    FeedbackSummary.Summary summary(Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        return summary.at(Instant.now());
    }
}
