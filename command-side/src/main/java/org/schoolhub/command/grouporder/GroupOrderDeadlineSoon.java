package org.schoolhub.command.grouporder;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of a group order's "deadline soon" reminder, stored (serialized) in the
 * scheduled_tasks table until it fires. Pending rows name this class: moving or renaming it needs
 * a migration of those rows.
 */
public record GroupOrderDeadlineSoon(UUID groupOrderId, Instant deadline) {
}
