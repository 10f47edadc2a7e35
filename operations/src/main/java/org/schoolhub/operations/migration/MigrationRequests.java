package org.schoolhub.operations.migration;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the stage-migration endpoints. */
final class MigrationRequests {

    private MigrationRequests() {
    }

    /** POST /api/community/migrations; a migration is planned for a moment to come. */
    record Plan(@NotNull @Min(1) @Max(4) Integer toStage, @NotNull @Future Instant scheduledFor,
                @NotNull @Min(0) @Max(2880) Integer downtimeMinutes,
                @NotBlank @Email @Size(max = 254) String contactEmail,
                @NotEmpty @Size(max = 20) List<@Valid @NotNull Feature> features) {
    }

    /** A feature the migration brings and its benefit for families. */
    record Feature(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 500) String benefit) {
    }

    /** POST /api/community/migrations/{id}/checklist/{item}. */
    record Tick(@NotNull Boolean done, @Size(max = 500) String note) {
    }

    /** POST /api/community/migrations/{id}/rehearsals. */
    record Rehearsal(@NotBlank @Size(max = 100) String environment, @NotNull Boolean succeeded,
                     @Size(max = 1000) String notes) {
    }

    /** POST /api/community/migrations/{id}/execution. */
    record Execution(Boolean override, @Size(max = 500) String reason) {

        boolean overriding() {
            return Boolean.TRUE.equals(override);
        }
    }

    /** POST /api/community/migrations/{id}/rollback. */
    record Rollback(@NotBlank @Size(max = 500) String reason) {
    }
}
