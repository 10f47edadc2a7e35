package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A coordinator (or another SchoolHub service) reported a stage-gate indicator, e.g. criticalBugs = 0. */
@Revision("1")
public record IndicatorRecorded(UUID communityId, String name, double value, Instant recordedAt) {
}
