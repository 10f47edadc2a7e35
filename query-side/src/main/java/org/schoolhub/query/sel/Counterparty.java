package org.schoolhub.query.sel;

import java.util.UUID;

/** The other family of an entry, with its name (null once that family's personal data is erased). */
record Counterparty(UUID familyId, String name) {
}
