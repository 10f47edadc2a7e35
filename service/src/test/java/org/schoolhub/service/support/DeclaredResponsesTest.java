package org.schoolhub.service.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DeclaredResponsesTest {

    private final DeclaredResponses declared = DeclaredResponses.of(JsonMapper.builder().build().readTree("""
            {"paths":{"/api/families/{familyId}":{"get":{"responses":{
                "200":{"content":{"application/json":{}}},
                "404":{"content":{"application/problem+json":{"examples":{"FAMILY_NOT_FOUND":{}}}}}}}},
              "/api/families/mine":{"get":{"responses":{"200":{}}}}}}"""));

    @Test
    void a_declared_status_and_code_pass() {
        assertThat(declared.undeclared("GET", "/api/families/42", 200, null)).isEmpty();
        assertThat(declared.undeclared("GET", "/api/families/42", 404, "FAMILY_NOT_FOUND")).isEmpty();
    }

    @Test
    void a_status_the_operation_does_not_declare_is_named() {
        assertThat(declared.undeclared("GET", "/api/families/42", 409, "CONFLICT")).get().asString()
                .contains("GET /api/families/{familyId} answered 409");
    }

    @Test
    void a_code_the_status_does_not_name_is_named() {
        assertThat(declared.undeclared("GET", "/api/families/42", 404, "NOT_FOUND")).get().asString()
                .contains("NOT_FOUND").contains("@Refusals");
    }

    @Test
    void a_literal_path_wins_over_a_template_and_unknown_requests_are_not_judged() {
        assertThat(declared.undeclared("GET", "/api/families/mine", 404, "FAMILY_NOT_FOUND")).isPresent();
        assertThat(declared.undeclared("GET", "/api/families/42/x", 500, null)).isEmpty();
        assertThat(declared.undeclared("POST", "/api/families/42", 405, null)).isEmpty();
    }
}
