package org.schoolhub.command.feedback;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.schoolhub.command.web.CommandSender;
import org.schoolhub.shared.commands.GiveFeedback;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Caller;
import org.schoolhub.support.web.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Families' feedback (API.md, Stage migrations): the satisfaction behind a stop signal and gate 0 → 1. */
@RestController
@Tag(name = "Stage migrations")
class FeedbackCommandController {

    private final CommandSender commands;

    FeedbackCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @Refusals({ErrorCode.FAMILY_NOT_FOUND, ErrorCode.FAMILY_WITHDRAWN})
    @Operation(summary = "Give a satisfaction score, 1 to 5, with an optional comment (MEMBER)")
    FeedbackRecorded give(@Valid @RequestBody FeedbackRequest request, Caller caller) {
        caller.requireRole(Role.MEMBER);
        if (caller.familyId() == null) {
            throw new RejectedException(ErrorCode.FORBIDDEN);
        }
        UUID feedbackId = UUID.randomUUID();
        commands.send(new GiveFeedback(caller.familyId(), feedbackId, request.score(), request.comment()), caller,
                ErrorCode.FAMILY_NOT_FOUND);
        return new FeedbackRecorded(feedbackId, request.score());
    }

    /** Body of POST /api/feedback. */
    record FeedbackRequest(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 1000) String comment) {
    }

    /** The answer of POST /api/feedback. */
    record FeedbackRecorded(UUID feedbackId, int score) {
    }
}
