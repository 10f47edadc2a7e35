package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Move the community to {@code toStage}, which must be the next one. {@code gateReady} is the
 * evaluation of the gate just before; without it, {@code override} and a reason are required.
 */
public record AdvanceCommunityStage(UUID communityId, int toStage, boolean gateReady, boolean override,
                                    String reason, UUID snapshotId) {

    @TargetAggregateIdentifier
    public String progressId() {
        return CommunityProgressId.of(communityId);
    }
}
