package org.schoolhub.operations.stage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST /api/community/stage. */
record StageRequest(@NotNull @Min(1) @Max(4) Integer stage, Boolean override, @Size(max = 500) String reason) {

    boolean overriding() {
        return Boolean.TRUE.equals(override);
    }
}
