package org.schoolhub.shared.commands;

import java.util.UUID;

/**
 * The aggregate id of a community's progress (stage and indicators). It must differ from the
 * community id, which identifies the SEL ledger: aggregate ids share one event table.
 */
public final class CommunityProgressId {

    private CommunityProgressId() {
    }

    public static String of(UUID communityId) {
        return "progress-" + communityId;
    }
}
