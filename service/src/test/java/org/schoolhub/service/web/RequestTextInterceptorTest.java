package org.schoolhub.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

/** Parameters and path variables are held to the text rules, whatever a handler binds them to. */
class RequestTextInterceptorTest {

    private final RequestTextInterceptor interceptor = new RequestTextInterceptor();

    @Test
    void a_parameter_with_a_control_character_or_a_lone_surrogate_is_refused_by_its_name() {
        assertRefused(withParameter("q", "a\u0000"), "q");
        assertRefused(withParameter("label", "\u001b[31m"), "label");
        assertRefused(withParameter("label", "x\uD800"), "label");
    }

    @Test
    void a_parameter_whose_name_is_refused_is_not_echoed_back() {
        assertRefused(withParameter("bad\u0000name", "v"), "parameter");
    }

    @Test
    void a_decoded_path_variable_is_checked_too() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/things/x");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("thingId", "a\u0007b"));
        assertRefused(request, "thingId");
    }

    @Test
    void ordinary_text_passes() {
        MockHttpServletRequest request = withParameter("q", "Léa\tP3 \uD83D\uDE00");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("id", "abc"));
        assertThat(interceptor.preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
    }

    private static MockHttpServletRequest withParameter(String name, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/things");
        request.addParameter(name, value);
        return request;
    }

    private void assertRefused(MockHttpServletRequest request, String field) {
        assertThatThrownBy(() -> interceptor.preHandle(request, new MockHttpServletResponse(), new Object()))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.args()[0]).isEqualTo(field);
                });
    }
}
