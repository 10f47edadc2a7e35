package org.schoolhub.command.family;

import org.schoolhub.personal.PersonalDataVault;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.schoolhub.command.ledger.Ledger;
import org.schoolhub.command.ledger.LedgerOpening;
import org.schoolhub.shared.commands.EnrolFamily;
import org.schoolhub.shared.commands.WithdrawFamily;
import org.schoolhub.shared.values.ChildDetails;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.springframework.stereotype.Component;

/**
 * Joining and leaving touch two aggregates at once: a family and its account in the ledger are
 * created together, and a family may withdraw only with a zero balance, which the ledger knows.
 * Both happen in one unit of work, so one commit stores both or neither.
 */
@Component
class MembershipHandler {

    private final Repository<Family> families;
    private final LedgerOpening ledgers;
    private final PersonalDataVault vault;
    private final Clock clock;

    MembershipHandler(Repository<Family> families, LedgerOpening ledgers, PersonalDataVault vault, Clock clock) {
        this.families = families;
        this.ledgers = ledgers;
        this.vault = vault;
        this.clock = clock;
    }

    @CommandHandler
    UUID handle(EnrolFamily command) throws Exception {
        Aggregate<Ledger> ledger = ledgers.loadOrOpen(command.communityId());
        vault.enrol(command.familyId(), command.communityId(), command.guardianId(), command.name(), command.email(),
                command.passwordHash(), command.children());
        Instant now = clock.instant();
        families.newInstance(() -> new Family(command.familyId(), command.communityId(), List.of(command.guardianId()),
                command.children().stream().map(ChildDetails::childId).toList(), now));
        ledger.execute(l -> l.openAccount(command.familyId(), now));
        return command.familyId();
    }

    /** Checks both sides before applying anything, so a refusal leaves both untouched. */
    @CommandHandler
    void handle(WithdrawFamily command) {
        Aggregate<Family> family = load(command.familyId());
        family.execute(Family::requireActive);
        Aggregate<Ledger> ledger = ledgers.load(command.communityId());
        Instant now = clock.instant();
        ledger.execute(l -> l.closeAccount(command.familyId(), now));
        family.execute(f -> f.withdraw(now));
    }

    private Aggregate<Family> load(UUID familyId) {
        try {
            return families.load(familyId.toString());
        } catch (AggregateNotFoundException e) {
            throw new RejectedException(ErrorCode.FAMILY_NOT_FOUND, familyId);
        }
    }
}
