package org.schoolhub.service.security;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.support.web.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the logged-in user's name, roles and family. */
@RestController
@Tag(name = "Authentication")
class MeController {

    @GetMapping("/api/me")
    @Operation(summary = "The logged-in user")
    Map<String, Object> me(Caller caller) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("username", caller.username());
        me.put("roles", caller.roles().stream().map(Enum::name).sorted().toList());
        me.put("familyId", caller.familyId());
        return me;
    }
}
