package org.schoolhub.command.family;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST /api/families. */
public record EnrolmentRequest(@NotBlank @Size(max = 100) String name,
                               @NotBlank @Size(max = 254) @Email(regexp = EMAIL) String email,
                               @NotNull @Size(min = 10, max = 200) String password,
                               @Valid @Size(max = Family.MAX_CHILDREN) List<@NotNull @Valid ChildRequest> children) {

    /** Something before the @, a domain with a dot after it, no spaces. */
    static final String EMAIL = "^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$";

    /** The password stays out of logs. */
    @Override
    public String toString() {
        return "EnrolmentRequest[children=" + (children == null ? 0 : children.size()) + "]";
    }
}
