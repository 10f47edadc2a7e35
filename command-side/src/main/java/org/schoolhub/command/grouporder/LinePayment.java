package org.schoolhub.command.grouporder;

import java.util.UUID;

/** A payment for one family's line of a group order, in euro cents; the reference identifies it. */
public record LinePayment(UUID groupOrderId, UUID familyId, long amountCents, String reference) {
}
