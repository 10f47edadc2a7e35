package org.schoolhub.command.family;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.schoolhub.command.web.RecentBirthYear;
import org.schoolhub.shared.values.ChildDetails;

/** A child as a client sends it. */
public record ChildRequest(@NotBlank @Size(max = 100) String firstName,
                           @NotNull @RecentBirthYear Integer birthYear,
                           @Size(max = 40) String className) {

    ChildDetails withId(UUID childId) {
        return new ChildDetails(childId, firstName.strip(), birthYear, className == null ? null : className.strip());
    }
}
