package org.schoolhub.command.community;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.schoolhub.command.web.CommandSender;
import org.schoolhub.shared.commands.RecordIndicator;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.support.web.Role;
import org.schoolhub.shared.values.Refusals;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Indicators reported by coordinators or other SchoolHub services (API.md, Metrics). */
@RestController
@Tag(name = "Metrics")
class IndicatorCommandController {

    private final CommandSender commands;
    private final Community community;

    IndicatorCommandController(CommandSender commands, Community community) {
        this.commands = commands;
        this.community = community;
    }

    @PostMapping("/api/metrics/indicators")
    @Refusals({ErrorCode.NOT_FOUND})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an indicator: criticalBugs, messagesPerDay, eventsPerMonth or "
            + "educationalUsePercent (COORDINATOR)")
    IndicatorRecorded record(@Valid @RequestBody IndicatorRequest request, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        Indicators.check(request.name(), request.value());
        commands.send(new RecordIndicator(community.communityId(), request.name(), request.value()), caller,
                ErrorCode.NOT_FOUND);
        double value = request.value();
        return new IndicatorRecorded(request.name(),
                value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value);
    }

    /** The answer of POST /api/metrics/indicators: a whole value reads as such, 3 and not 3.0. */
    record IndicatorRecorded(String name, Number value) {
    }
}
