package org.schoolhub.shared.values;

import java.util.Arrays;
import java.util.Optional;

/**
 * The items of a stage migration's checklist (API.md, Stage migrations): the service works out
 * the automatic ones from what it knows; coordinators tick the manual ones.
 */
public enum MigrationCheck {
    GATE_READY("gateReady", true),
    WEEKEND_WINDOW("weekendWindow", true),
    ANNOUNCED_WITH_NOTICE("announcedWithNotice", true),
    BACKUP_VERIFIED("backupVerified", true),
    REHEARSED_THREE_TIMES("rehearsedThreeTimes", true),
    ROLLBACK_REHEARSED("rollbackRehearsed", true),
    STAGING_IDENTICAL("stagingIdentical", false),
    MONITORING_REINFORCED("monitoringReinforced", false),
    TEAM_AVAILABLE_24H("teamAvailable24h", false);

    private final String key;
    private final boolean automatic;

    MigrationCheck(String key, boolean automatic) {
        this.key = key;
        this.automatic = automatic;
    }

    /** The item's name in the API. */
    public String key() {
        return key;
    }

    public boolean automatic() {
        return automatic;
    }

    public static Optional<MigrationCheck> named(String key) {
        return Arrays.stream(values()).filter(item -> item.key.equals(key)).findFirst();
    }
}
