package org.schoolhub.query.notification;

import java.time.Duration;

/**
 * The live streams: how often they look for new notifications, how often an idle stream sends a
 * heartbeat (which also finds clients gone away), and after how long a stream ends (the client
 * reconnects with Last-Event-ID and misses nothing).
 */
public record NotificationSettings(Duration pollInterval, Duration heartbeatInterval, Duration streamTimeout) {
}
