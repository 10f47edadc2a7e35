package org.schoolhub.command.grouporder;

import java.util.UUID;

/** What a group order needs to know about a family before it takes its line. */
public interface FamilyDirectory {

    /** Whether the family was ever enrolled, and whether it has withdrawn since. */
    Standing standingOf(UUID familyId);

    /** A family's standing in the community. */
    enum Standing {
        UNKNOWN, ACTIVE, WITHDRAWN
    }
}
