package org.schoolhub.query.metrics;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The coordinators' metrics (API.md, Metrics): the stage gates and the monthly figures. */
@RestController
@RequestMapping("/api/metrics")
@Tag(name = "Metrics")
class MetricsQueryController {

    static final int MAX_MONTHS = 60;

    private final StageGateReport report;
    private final MetricsReader reader;
    private final Clock wallClock = Clock.systemUTC();

    MetricsQueryController(StageGateReport report, MetricsReader reader) {
        this.report = report;
        this.reader = reader;
    }

    @GetMapping("/stage-gates")
    @Operation(summary = "Current stage, every metric and every gate with target, actual and met (COORDINATOR)")
    StageGateReport.Report stageGates(Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        return report.now();
    }

    @GetMapping("/monthly")
    @Operation(summary = "Transfers, volume, active families and orders per calendar month, oldest first (COORDINATOR)")
    List<MetricsReader.MonthlyFigures> monthly(@RequestParam(defaultValue = "12") int months, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        if (months < 1 || months > MAX_MONTHS) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "months", "must be between 1 and " + MAX_MONTHS);
        }
        return reader.monthly(months, wallClock.instant());
    }
}
