package org.schoolhub.shared.values;

import java.time.Instant;
import java.util.UUID;

/**
 * What the ledger answers for a booked transfer; {@code repeated} is true when the same request
 * had already been booked and nothing new was stored.
 */
public record TransferReceipt(UUID transferId, UUID from, UUID to, long amount, String memo, Instant at,
                              long fromBalance, long toBalance, boolean repeated) {
}
