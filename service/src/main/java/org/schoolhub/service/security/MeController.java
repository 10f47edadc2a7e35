package org.schoolhub.service.security;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.support.web.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the logged-in user's name, roles, family and guardian. */
@RestController
@Tag(name = "Authentication")
class MeController {

    @GetMapping("/api/me")
    @Operation(summary = "The logged-in user")
    Me me(Caller caller) {
        return of(caller);
    }

    static Me of(Caller caller) {
        return new Me(caller.username(), caller.roles().stream().map(Enum::name).sorted().toList(), caller.familyId(),
                caller.familyId() == null ? null : caller.userId());
    }

    /**
     * The answer of GET /api/me: role names as API.md writes them, without any framework prefix;
     * a family's login is one of its guardians.
     */
    record Me(String username, List<String> roles, UUID familyId, UUID guardianId) {
    }
}
