package org.schoolhub.query.metrics;

import java.time.Duration;

/** How often a node writes its uptime heartbeat. The application builds it from its configuration. */
public record HeartbeatSettings(Duration interval) {
}
