package org.schoolhub.command.family;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST /api/families/{familyId}/guardians: the same rules as the enrolment's login. */
public record GuardianRequest(@NotBlank @Size(max = 100) String name,
                              @NotBlank @Size(max = 254) @Email(regexp = EnrolmentRequest.EMAIL) String email,
                              @NotNull @Size(min = 10, max = 200) String password) {

    /** The password stays out of logs. */
    @Override
    public String toString() {
        return "GuardianRequest[]";
    }
}
