package org.schoolhub.query.sel;

import java.util.List;
import java.util.UUID;

/** The answer of GET /api/sel/accounts: every balance, and their total, which is always 0. */
record AccountsView(List<Balance> accounts, long total) {

    /** One family's balance. */
    record Balance(UUID familyId, long balance) {
    }
}
