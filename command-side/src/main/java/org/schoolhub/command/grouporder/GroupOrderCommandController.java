package org.schoolhub.command.grouporder;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.schoolhub.command.web.CommandSender;
import org.schoolhub.shared.commands.CloseGroupOrder;
import org.schoolhub.shared.commands.OpenGroupOrder;
import org.schoolhub.shared.commands.PlaceGroupOrderLine;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.support.web.Role;
import org.schoolhub.shared.values.Refusals;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Opening, lines, closing and payments of group orders (API.md, Group orders): the writing half. */
@RestController
@RequestMapping("/api/group-orders")
@Tag(name = "Group orders")
class GroupOrderCommandController {

    private final CommandSender commands;
    private final PaymentGateway payments;
    private final Community community;

    GroupOrderCommandController(CommandSender commands, PaymentGateway payments, Community community) {
        this.commands = commands;
        this.payments = payments;
        this.community = community;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Opened; Location names the order", useReturnTypeSchema = true)
    @Operation(summary = "Open a group order (COORDINATOR); it closes by itself at its deadline")
    ResponseEntity<GroupOrderOpened> open(@Valid @RequestBody GroupOrderRequest request, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        UUID groupOrderId = UUID.randomUUID();
        commands.send(new OpenGroupOrder(groupOrderId, community.communityId(), request.title(),
                request.unitPriceCents(), request.minQuantity(), request.deadline()), caller, ErrorCode.NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/group-orders/" + groupOrderId))
                .body(GroupOrderOpened.of(groupOrderId));
    }

    @PutMapping("/{groupOrderId}/lines/{familyId}")
    @Refusals({ErrorCode.NOT_FOUND, ErrorCode.FAMILY_NOT_FOUND, ErrorCode.FAMILY_WITHDRAWN,
            ErrorCode.GROUP_ORDER_CLOSED})
    @Operation(summary = "Set a family's quantity; 0 withdraws the line (that family or COORDINATOR), only while open")
    LineResult placeLine(@PathVariable UUID groupOrderId, @PathVariable UUID familyId,
                         @Valid @RequestBody LineRequest request, Caller caller) {
        caller.requireActingFor(familyId);
        return commands.send(new PlaceGroupOrderLine(groupOrderId, familyId, request.quantity()),
                caller, ErrorCode.NOT_FOUND);
    }

    @PostMapping("/{groupOrderId}/close")
    @Refusals({ErrorCode.NOT_FOUND, ErrorCode.GROUP_ORDER_CLOSED})
    @Operation(summary = "Close now (COORDINATOR): CONFIRMED if the minimum is reached, else CANCELLED")
    ClosingResult close(@PathVariable UUID groupOrderId, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        return commands.send(new CloseGroupOrder(groupOrderId), caller, ErrorCode.NOT_FOUND);
    }

    @PostMapping("/{groupOrderId}/lines/{familyId}/payment")
    @Refusals({ErrorCode.NOT_FOUND, ErrorCode.CONFLICT})
    @Operation(summary = "Record a payment for a line of a confirmed order (COORDINATOR); a repeated reference books once")
    PaymentAnswer pay(@PathVariable UUID groupOrderId, @PathVariable UUID familyId,
                      @Valid @RequestBody PaymentRequest request, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        PaymentOutcome outcome = payments.pay(new LinePayment(groupOrderId, familyId, request.amountCents(),
                request.reference()), caller);
        return PaymentAnswer.of(groupOrderId, familyId, outcome);
    }
}
