package org.schoolhub.service.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.schoolhub.shared.values.ErrorCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the one error format of the API: problem+json with a {@code code}, its title and detail
 * translated from messages_{en,fr,nl}.properties.
 */
@Component
public class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(ErrorCode code, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.valueOf(code.status()));
        problem.setType(URI.create("urn:schoolhub:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(messages.getMessage("problem." + code.name() + ".title", null, code.name(), locale));
        problem.setDetail(messages.getMessage("problem." + code.name() + ".detail", args, "", locale));
        problem.setProperty("code", code.name());
        return problem;
    }

    /** A 400 that names each offending field and why. */
    public ProblemDetail invalid(Locale locale, List<Map<String, String>> errors) {
        String summary = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("");
        ProblemDetail problem = of(ErrorCode.VALIDATION_FAILED, locale, summary);
        problem.setProperty("errors", errors);
        return problem;
    }

    public static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message == null ? "" : message);
    }
}
