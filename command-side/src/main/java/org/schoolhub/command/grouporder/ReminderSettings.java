package org.schoolhub.command.grouporder;

import java.time.Duration;

/** How long before a group order's deadline its families are reminded that it closes soon. */
public record ReminderSettings(Duration beforeDeadline) {
}
