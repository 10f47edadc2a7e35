package org.schoolhub.query.sel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A family's statement for the days {@code from}..{@code to} (community time zone): the balance
 * before the first day, every entry in order, the balance after the last day.
 */
record Statement(UUID familyId, String name, LocalDate from, LocalDate to, long openingBalance,
                 List<Entry> entries, long closingBalance) {

    /** One entry; {@code amount} as seen by the family: negative when it paid. */
    record Entry(UUID transferId, Instant at, Counterparty counterparty, long amount, String memo, String kind,
                 String status, long balanceAfter) {
    }
}
