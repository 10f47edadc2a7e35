package org.schoolhub.command.paymentrequest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.schoolhub.command.web.CommandSender;
import org.schoolhub.personal.TransferMemos;
import org.schoolhub.shared.commands.CancelPaymentRequest;
import org.schoolhub.shared.commands.DeclinePaymentRequest;
import org.schoolhub.shared.commands.PayPaymentRequest;
import org.schoolhub.shared.commands.PrepareAcceptance;
import org.schoolhub.shared.commands.RecordAcceptance;
import org.schoolhub.shared.commands.RequestPayment;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.PaymentRequestTerms;
import org.schoolhub.shared.values.Refusals;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.shared.values.TransferReceipt;
import org.schoolhub.support.web.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment requests (API.md, Families' own features): the writing half. Only the parties act, each
 * for its own family: the payee asks and cancels, the payer accepts or declines.
 */
@RestController
@RequestMapping("/api/sel/payment-requests")
@Tag(name = "SEL")
class PaymentRequestCommandController {

    private final CommandSender commands;
    private final TransferMemos memos;
    private final Community community;

    PaymentRequestCommandController(CommandSender commands, TransferMemos memos, Community community) {
        this.commands = commands;
        this.memos = memos;
        this.community = community;
    }

    @PostMapping
    @Refusals({ErrorCode.FAMILY_NOT_FOUND, ErrorCode.FAMILY_WITHDRAWN, ErrorCode.IDEMPOTENCY_CONFLICT})
    @ApiResponse(responseCode = "201", description = "Requested", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "The same request again: the first answer, stored once", useReturnTypeSchema = true)
    @Operation(summary = "Ask a family to pay (the payee family, `to`); expires at expiresAt, by default after the configured delay")
    ResponseEntity<PaymentRequestAnswer> request(@Valid @RequestBody PaymentRequestBody body, Caller caller) {
        if (body.from().equals(body.to())) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "to", "must differ from 'from'");
        }
        requireFamily(caller, body.to());
        PaymentRequestTerms terms = commands.send(new RequestPayment(body.requestId(), community.communityId(),
                body.from(), body.to(), body.amount(), body.memo(), body.expiresAt()), caller, ErrorCode.NOT_FOUND);
        ResponseEntity.BodyBuilder answer = terms.repeated() ? ResponseEntity.ok()
                : ResponseEntity.created(URI.create("/api/sel/payment-requests/" + terms.requestId()));
        return answer.body(PaymentRequestAnswer.of(terms, memoOf(terms.requestId())));
    }

    /**
     * Checks the request, books its transfer, then records the acceptance. A refusal of the ledger
     * (a limit) leaves the request PENDING; a retry after a failure between the steps books nothing
     * twice (the transfer's id is derived from the request's).
     */
    @PostMapping("/{requestId}/acceptance")
    @Refusals({ErrorCode.NOT_FOUND, ErrorCode.PAYMENT_REQUEST_CLOSED, ErrorCode.PAYMENT_REQUEST_EXPIRED,
            ErrorCode.FAMILY_NOT_FOUND, ErrorCode.FAMILY_WITHDRAWN, ErrorCode.LOWER_LIMIT_EXCEEDED,
            ErrorCode.UPPER_LIMIT_EXCEEDED})
    @ApiResponse(responseCode = "201", description = "Accepted: the transfer booked", useReturnTypeSchema = true)
    @Operation(summary = "Accept and pay a pending request (the payer family, `from`); limits apply")
    ResponseEntity<AcceptanceAnswer> accept(@PathVariable UUID requestId, Caller caller) {
        PaymentRequestTerms terms = commands.send(new PrepareAcceptance(requestId, familyOf(caller)), caller,
                ErrorCode.NOT_FOUND);
        UUID transferId = PaymentRequestTerms.transferIdFor(requestId);
        TransferReceipt receipt = commands.send(new PayPaymentRequest(community.communityId(), requestId, transferId,
                terms.from(), terms.to(), terms.amount(), memoOf(requestId), terms.expiresAt()), caller,
                ErrorCode.FAMILY_NOT_FOUND);
        PaymentRequestTerms accepted = commands.send(new RecordAcceptance(requestId, transferId), caller,
                ErrorCode.NOT_FOUND);
        return ResponseEntity.status(HttpStatus.CREATED).body(AcceptanceAnswer.of(receipt, requestId, accepted.status()));
    }

    @PostMapping("/{requestId}/decline")
    @Refusals({ErrorCode.NOT_FOUND, ErrorCode.PAYMENT_REQUEST_CLOSED, ErrorCode.PAYMENT_REQUEST_EXPIRED})
    @Operation(summary = "Decline a pending request (the payer family, `from`)")
    PaymentRequestAnswer decline(@PathVariable UUID requestId, Caller caller) {
        PaymentRequestTerms terms = commands.send(new DeclinePaymentRequest(requestId, familyOf(caller)), caller,
                ErrorCode.NOT_FOUND);
        return PaymentRequestAnswer.of(terms, memoOf(requestId));
    }

    @PostMapping("/{requestId}/cancellation")
    @Refusals({ErrorCode.NOT_FOUND, ErrorCode.PAYMENT_REQUEST_CLOSED, ErrorCode.PAYMENT_REQUEST_EXPIRED})
    @Operation(summary = "Withdraw a pending request (the payee family, `to`)")
    PaymentRequestAnswer cancel(@PathVariable UUID requestId, Caller caller) {
        PaymentRequestTerms terms = commands.send(new CancelPaymentRequest(requestId, familyOf(caller)), caller,
                ErrorCode.NOT_FOUND);
        return PaymentRequestAnswer.of(terms, memoOf(requestId));
    }

    private String memoOf(UUID requestId) {
        return memos.of(List.of(requestId)).get(requestId);
    }

    /** Staff have no family to act for: payment requests are between families only. */
    private static UUID familyOf(Caller caller) {
        if (caller.familyId() == null) {
            throw new RejectedException(ErrorCode.FORBIDDEN);
        }
        return caller.familyId();
    }

    private static void requireFamily(Caller caller, UUID family) {
        if (!family.equals(familyOf(caller))) {
            throw new RejectedException(ErrorCode.FORBIDDEN);
        }
    }
}
