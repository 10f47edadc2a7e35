package org.schoolhub.personal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The memos families write on their transfers: their own words, so personal data, kept here and
 * never in an event or in either side's tables. The ledger records them as it books; histories read
 * them; erasing a family deletes the memos of every transfer it took part in.
 */
public interface TransferMemos {

    /** One memo to keep: the transfer's parties are kept with it so that an erasure can find it. */
    record Memo(UUID transferId, UUID communityId, UUID payer, UUID payee, String text) {
    }

    /** Keeps the memos in the current transaction, in one batch; an empty memo is not kept. */
    void record(List<Memo> memos);

    /** The memos of these transfers; a transfer without one is absent from the answer. */
    Map<UUID, String> of(Collection<UUID> transferIds);
}
