package org.schoolhub.command.ledger;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST /api/sel/transfers. */
public record TransferRequest(@NotNull UUID transferId,
                              @NotNull UUID from,
                              @NotNull UUID to,
                              @NotNull @Min(1) @Max(100_000) Long amount,
                              @Size(max = 200) String memo) {
}
