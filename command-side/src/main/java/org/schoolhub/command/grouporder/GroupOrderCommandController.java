package org.schoolhub.command.grouporder;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
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
    @Operation(summary = "Open a group order (COORDINATOR); it closes by itself at its deadline")
    ResponseEntity<Map<String, Object>> open(@Valid @RequestBody GroupOrderRequest request, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        UUID groupOrderId = UUID.randomUUID();
        commands.send(new OpenGroupOrder(groupOrderId, community.communityId(), request.title(),
                request.unitPriceCents(), request.minQuantity(), request.deadline()), caller, ErrorCode.NOT_FOUND);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("groupOrderId", groupOrderId);
        body.put("status", "OPEN");
        return ResponseEntity.created(URI.create("/api/group-orders/" + groupOrderId)).body(body);
    }

    @PutMapping("/{groupOrderId}/lines/{familyId}")
    @Operation(summary = "Set a family's quantity; 0 withdraws the line (that family or COORDINATOR), only while open")
    Map<String, Object> placeLine(@PathVariable UUID groupOrderId, @PathVariable UUID familyId,
                                  @Valid @RequestBody LineRequest request, Caller caller) {
        caller.requireActingFor(familyId);
        LineResult result = commands.send(new PlaceGroupOrderLine(groupOrderId, familyId, request.quantity()),
                caller, ErrorCode.NOT_FOUND);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("groupOrderId", result.groupOrderId());
        body.put("familyId", result.familyId());
        body.put("quantity", result.quantity());
        body.put("totalQuantity", result.totalQuantity());
        return body;
    }

    @PostMapping("/{groupOrderId}/close")
    @Operation(summary = "Close now (COORDINATOR): CONFIRMED if the minimum is reached, else CANCELLED")
    Map<String, Object> close(@PathVariable UUID groupOrderId, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        ClosingResult result = commands.send(new CloseGroupOrder(groupOrderId), caller, ErrorCode.NOT_FOUND);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("groupOrderId", result.groupOrderId());
        body.put("status", result.status());
        body.put("totalQuantity", result.totalQuantity());
        return body;
    }

    @PostMapping("/{groupOrderId}/lines/{familyId}/payment")
    @Operation(summary = "Record a payment for a line of a confirmed order (COORDINATOR); a repeated reference books once")
    Map<String, Object> pay(@PathVariable UUID groupOrderId, @PathVariable UUID familyId,
                            @Valid @RequestBody PaymentRequest request, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        PaymentOutcome outcome = payments.pay(new LinePayment(groupOrderId, familyId, request.amountCents(),
                request.reference()), caller);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("groupOrderId", groupOrderId);
        body.put("familyId", familyId);
        body.put("status", outcome.state().name());
        if (outcome.recorded() != null) {
            PaymentResult result = outcome.recorded();
            body.put("amountCents", result.amountCents());
            body.put("reference", result.reference());
            body.put("paidCents", result.paidCents());
            body.put("dueCents", result.dueCents());
            body.put("paid", result.paid());
        }
        if (outcome.checkoutUrl() != null) {
            body.put("checkoutUrl", outcome.checkoutUrl());
        }
        return body;
    }
}
