package org.schoolhub.command.grouporder;

import java.time.Duration;

/**
 * How often the persistent deadline manager looks for deadlines that came due (group orders
 * closing). The application builds it from its configuration.
 */
public record DeadlineSettings(Duration pollingInterval) {
}
