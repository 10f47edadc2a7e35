package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take the community back from {@code fromStage} to the stage before it: a migration rolled back. */
public record ReturnCommunityStage(UUID communityId, int fromStage, UUID migrationId, String reason) {

    @TargetAggregateIdentifier
    public String progressId() {
        return CommunityProgressId.of(communityId);
    }
}
