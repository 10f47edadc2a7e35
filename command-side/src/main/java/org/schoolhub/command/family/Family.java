package org.schoolhub.command.family;

import org.schoolhub.personal.FeedbackComments;
import org.schoolhub.personal.PersonalDataVault;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.schoolhub.shared.commands.AddChild;
import org.schoolhub.shared.commands.GiveFeedback;
import org.schoolhub.shared.commands.AddGuardian;
import org.schoolhub.shared.commands.RemoveGuardian;
import org.schoolhub.shared.commands.ErasePersonalData;
import org.schoolhub.shared.commands.RemoveChild;
import org.schoolhub.shared.events.ChildAdded;
import org.schoolhub.shared.events.FeedbackGiven;
import org.schoolhub.shared.events.ChildRemoved;
import org.schoolhub.shared.events.FamilyEnrolled;
import org.schoolhub.shared.events.FamilyPersonalDataErased;
import org.schoolhub.shared.events.FamilyWithdrawn;
import org.schoolhub.shared.events.GuardianAdded;
import org.schoolhub.shared.events.GuardianRemoved;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;

/**
 * A family of the community: enrolment, children, withdrawal and erasure. Personal data goes to
 * the {@link PersonalDataVault}; the events carry ids only.
 */
@Aggregate
public class Family {

    static final int MAX_CHILDREN = 12;

    @AggregateIdentifier
    private UUID familyId;
    private UUID communityId;
    private final Set<UUID> children = new HashSet<>();
    private boolean withdrawn;
    private boolean erased;

    /** Axon rebuilds a family from its events through this constructor. */
    protected Family() {
    }

    Family(UUID familyId, UUID communityId, List<UUID> guardianIds, List<UUID> childIds, Instant now) {
        apply(new FamilyEnrolled(communityId, familyId, now));
        guardianIds.forEach(guardianId -> apply(new GuardianAdded(communityId, familyId, guardianId, now)));
        childIds.forEach(childId -> apply(new ChildAdded(communityId, familyId, childId, now)));
    }

    @CommandHandler
    void handle(AddGuardian command, PersonalDataVault vault, Clock clock) {
        requireActive();
        vault.addGuardian(familyId, command.guardianId(), command.name(), command.email(), command.passwordHash());
        apply(new GuardianAdded(communityId, familyId, command.guardianId(), clock.instant()));
    }

    /** The vault knows the guardians (those migrated from before guardians had events too) and keeps the last one. */
    @CommandHandler
    void handle(RemoveGuardian command, PersonalDataVault vault, Clock clock) {
        requireActive();
        vault.removeGuardian(familyId, command.guardianId());
        apply(new GuardianRemoved(communityId, familyId, command.guardianId(), clock.instant()));
    }

    @CommandHandler
    void handle(AddChild command, PersonalDataVault vault, Clock clock) {
        requireActive();
        if (children.size() >= MAX_CHILDREN) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED);
        }
        vault.addChild(familyId, command.child());
        apply(new ChildAdded(communityId, familyId, command.child().childId(), clock.instant()));
    }

    @CommandHandler
    void handle(RemoveChild command, PersonalDataVault vault, Clock clock) {
        requireActive();
        if (!children.contains(command.childId())) {
            throw new RejectedException(ErrorCode.NOT_FOUND);
        }
        vault.removeChild(command.childId());
        apply(new ChildRemoved(communityId, familyId, command.childId(), clock.instant()));
    }

    /** The score is an event; the comment goes to the personal data, erased with the family. */
    @CommandHandler
    void handle(GiveFeedback command, FeedbackComments comments, Clock clock) {
        requireActive();
        if (command.comment() != null && !command.comment().isBlank()) {
            comments.keep(command.feedbackId(), familyId, communityId, command.comment().strip());
        }
        apply(new FeedbackGiven(communityId, familyId, command.feedbackId(), command.score(), clock.instant()));
    }

    /** Erasing twice is harmless: the second call finds nothing left to erase. */
    @CommandHandler
    void handle(ErasePersonalData command, PersonalDataVault vault, Clock clock) {
        if (!withdrawn) {
            throw new RejectedException(ErrorCode.FAMILY_NOT_WITHDRAWN);
        }
        if (!erased) {
            vault.erase(familyId);
            apply(new FamilyPersonalDataErased(communityId, familyId, clock.instant()));
        }
    }

    void requireActive() {
        if (withdrawn) {
            throw new RejectedException(ErrorCode.FAMILY_WITHDRAWN, familyId);
        }
    }

    void withdraw(Instant now) {
        requireActive();
        apply(new FamilyWithdrawn(communityId, familyId, now));
    }

    UUID communityId() {
        return communityId;
    }

    @EventSourcingHandler
    void on(FamilyEnrolled event) {
        familyId = event.familyId();
        communityId = event.communityId();
    }

    @EventSourcingHandler
    void on(ChildAdded event) {
        children.add(event.childId());
    }

    @EventSourcingHandler
    void on(ChildRemoved event) {
        children.remove(event.childId());
    }

    @EventSourcingHandler
    void on(FamilyWithdrawn event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(FamilyPersonalDataErased event) {
        erased = true;
    }
}
