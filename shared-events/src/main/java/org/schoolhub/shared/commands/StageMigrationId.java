package org.schoolhub.shared.commands;

import java.util.UUID;

/** The aggregate id of a stage migration: prefixed, since aggregate ids share one event table. */
public final class StageMigrationId {

    private StageMigrationId() {
    }

    public static String of(UUID migrationId) {
        return "migration-" + migrationId;
    }
}
