package org.schoolhub.command.family;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.schoolhub.command.ledger.Ledger;
import org.schoolhub.command.ledger.LedgerOpening;
import org.schoolhub.personal.PersonalDataVault;
import org.schoolhub.shared.commands.ImportFamilies;
import org.schoolhub.shared.values.ImportedFamily;
import org.springframework.stereotype.Component;

/**
 * A Stage-0 import's families, a batch per unit of work: the same events as enrolments (family,
 * guardians, children, account), the personal data in the vault in a few batched statements, so
 * that thousands of families do not cost thousands of commits.
 */
@Component
class ImportHandler {

    private final Repository<Family> families;
    private final LedgerOpening ledgers;
    private final PersonalDataVault vault;
    private final Clock clock;

    ImportHandler(Repository<Family> families, LedgerOpening ledgers, PersonalDataVault vault, Clock clock) {
        this.families = families;
        this.ledgers = ledgers;
        this.vault = vault;
        this.clock = clock;
    }

    @CommandHandler
    int handle(ImportFamilies command) throws Exception {
        Aggregate<Ledger> ledger = ledgers.loadOrOpen(command.communityId());
        vault.importFamilies(command.communityId(), command.families());
        Instant now = clock.instant();
        for (ImportedFamily family : command.families()) {
            List<UUID> guardians = family.guardians().stream().map(ImportedFamily.Guardian::guardianId).toList();
            List<UUID> children = family.children().stream().map(ImportedFamily.Child::childId).toList();
            families.newInstance(() -> new Family(family.familyId(), command.communityId(), guardians, children, now));
            ledger.execute(l -> l.openAccount(family.familyId(), now));
        }
        return command.families().size();
    }
}
