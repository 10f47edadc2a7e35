package org.schoolhub.command.community;

import jakarta.validation.constraints.NotNull;

/** Body of POST /api/metrics/indicators. */
record IndicatorRequest(@NotNull String name, @NotNull Double value) {
}
