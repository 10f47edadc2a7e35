package org.schoolhub.command.ledger;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.schoolhub.command.web.CommandSender;
import org.schoolhub.shared.commands.ReverseSelTransfer;
import org.schoolhub.shared.commands.TransferSelUnits;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Role;
import org.schoolhub.shared.values.TransferReceipt;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SEL transfers and reversals (API.md, SEL): the writing half. */
@RestController
@RequestMapping("/api/sel/transfers")
@Tag(name = "SEL")
class SelCommandController {

    private final CommandSender commands;
    private final Community community;

    SelCommandController(CommandSender commands, Community community) {
        this.commands = commands;
        this.community = community;
    }

    @PostMapping
    @Refusals({ErrorCode.FAMILY_NOT_FOUND, ErrorCode.FAMILY_WITHDRAWN, ErrorCode.IDEMPOTENCY_CONFLICT,
            ErrorCode.LOWER_LIMIT_EXCEEDED, ErrorCode.UPPER_LIMIT_EXCEEDED})
    @ApiResponse(responseCode = "201", description = "Booked", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "The same request again: the first answer, booked once", useReturnTypeSchema = true)
    @Operation(summary = "Transfer units (the paying family or COORDINATOR); 201 when booked, 200 for a repeat")
    ResponseEntity<TransferAnswer> transfer(@Valid @RequestBody TransferRequest request, Caller caller) {
        if (request.from().equals(request.to())) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "to", "must differ from 'from'");
        }
        caller.requireActingFor(request.from());
        TransferReceipt receipt = commands.send(new TransferSelUnits(community.communityId(), request.transferId(),
                request.from(), request.to(), request.amount(), request.memo()), caller, ErrorCode.FAMILY_NOT_FOUND);
        return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(TransferAnswer.of(receipt));
    }

    @PostMapping("/{transferId}/reversal")
    @Refusals({ErrorCode.NOT_FOUND, ErrorCode.CONFLICT, ErrorCode.TRANSFER_ALREADY_REVERSED,
            ErrorCode.FAMILY_WITHDRAWN, ErrorCode.LOWER_LIMIT_EXCEEDED, ErrorCode.UPPER_LIMIT_EXCEEDED})
    @ApiResponse(responseCode = "201", description = "The opposite entry, booked", useReturnTypeSchema = true)
    @Operation(summary = "Reverse a transfer with an opposite, linked entry (COORDINATOR)")
    ResponseEntity<TransferAnswer> reverse(@PathVariable UUID transferId,
                                           @Valid @RequestBody ReversalRequest request, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        TransferReceipt receipt = commands.send(new ReverseSelTransfer(community.communityId(), transferId,
                UUID.randomUUID(), request.reason()), caller, ErrorCode.NOT_FOUND);
        return ResponseEntity.status(HttpStatus.CREATED).body(TransferAnswer.reversing(receipt, transferId));
    }
}
