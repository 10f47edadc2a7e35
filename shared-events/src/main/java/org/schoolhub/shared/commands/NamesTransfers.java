package org.schoolhub.shared.commands;

import java.util.List;
import java.util.UUID;

/**
 * A command that looks up transfers the ledger already knows: it says which, once, so that the
 * ledger can load them for a whole group of commands in one query instead of asking which
 * command types carry which ids.
 */
public interface NamesTransfers {

    /** The transfers this command reads from the registry. */
    List<UUID> namedTransfers();
}
