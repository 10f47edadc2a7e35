package org.schoolhub.shared.commands;

import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.RoutingKey;
import org.schoolhub.shared.values.ImportedFamily;

/**
 * Enrol a batch of families from a Stage-0 import, each with its account, guardians and children,
 * in one unit of work. Carries personal data to the vault; commands are never stored.
 */
public record ImportFamilies(@RoutingKey UUID communityId, UUID importId, List<ImportedFamily> families) {

    public ImportFamilies {
        families = List.copyOf(families);
    }

    @Override
    public String toString() {
        return "ImportFamilies[importId=" + importId + ", families=" + families.size() + "]";
    }
}
