package org.schoolhub.service.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The text rules for what a request carries outside its body: every query (or form) parameter,
 * name and value, and every decoded path variable, checked before any handler runs, whatever
 * type the handler binds them to.
 */
final class RequestTextInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            check(parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value);
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)));
        }
        return true;
    }

    private static void check(String field, String text) {
        String fault = text == null ? null : TextRules.faultIn(text);
        if (fault != null) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, printable(field), fault);
        }
    }

    /** A parameter's name goes back to the client in the problem: without the characters refused. */
    private static String printable(String name) {
        return TextRules.faultIn(name) == null ? name : "parameter";
    }
}
