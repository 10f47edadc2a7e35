package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the current value of a stage-gate indicator for a community. */
public record RecordIndicator(UUID communityId, String name, double value) {

    /** The community's progress aggregate has an id of its own: the ledger already uses the community id. */
    @TargetAggregateIdentifier
    public String progressId() {
        return CommunityProgressId.of(communityId);
    }
}
