package org.schoolhub.operations.deadletters;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.support.web.Caller;
import org.schoolhub.support.web.Role;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The projections' dead letters (docs/dead-letters.md): list, retry, evict. */
@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Operators")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "Events the projections could not handle, by aggregate, oldest first (OPERATOR)")
    List<DeadLetterView.Sequence> list(Caller caller) {
        caller.requireRole(Role.OPERATOR);
        return deadLetters.list();
    }

    @PostMapping("/retry")
    @Operation(summary = "Handle every dead letter again; those that pass leave the queue (OPERATOR)")
    DeadLetterView.RetriedAll retryAll(Caller caller) {
        caller.requireRole(Role.OPERATOR);
        return deadLetters.retryAll();
    }

    @PostMapping("/{sequence}/retry")
    @Refusals({ErrorCode.NOT_FOUND})
    @Operation(summary = "Handle one aggregate's dead letters again, oldest first (OPERATOR)")
    DeadLetterView.Retried retry(@PathVariable String sequence, Caller caller) {
        caller.requireRole(Role.OPERATOR);
        return deadLetters.retry(sequence);
    }

    @DeleteMapping("/{sequence}")
    @Refusals({ErrorCode.NOT_FOUND})
    @Operation(summary = "Give up one aggregate's dead letters, or one of them (?letterId=), for good (OPERATOR)")
    DeadLetterView.Evicted evict(@PathVariable String sequence, @RequestParam Optional<String> letterId, Caller caller) {
        caller.requireRole(Role.OPERATOR);
        return deadLetters.evict(sequence, letterId);
    }
}
