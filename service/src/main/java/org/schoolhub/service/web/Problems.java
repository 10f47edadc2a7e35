package org.schoolhub.service.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.schoolhub.shared.values.ErrorCode;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the one error format of the API: problem+json with a {@code code}, its title and detail
 * translated from messages_{en,fr,nl}.properties.
 */
@Component
public class Problems {

    static final int MAX_ERRORS = 20;

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(ErrorCode code, Locale locale, Object... args) {
        ProblemType type = ProblemType.of(code);
        ProblemDetail problem = ProblemDetail.forStatus(type.status());
        problem.setType(type.type());
        problem.setTitle(messages.getMessage(type.titleKey(), null, code.name(), locale));
        problem.setDetail(messages.getMessage(type.detailKey(), args, "", locale));
        problem.setProperty("code", code.name());
        return problem;
    }

    /**
     * A 400 that names each offending field and why: the first {@value #MAX_ERRORS}, as a body
     * with thousands of invalid elements would otherwise get an answer of megabytes.
     */
    public ProblemDetail invalid(Locale locale, List<Map<String, String>> errors) {
        List<Map<String, String>> shown = errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
        String summary = shown.stream().map(e -> e.get("field") + ": " + e.get("message"))
                .collect(Collectors.joining("; "));
        if (shown.size() < errors.size()) {
            summary += "; " + (errors.size() - shown.size()) + " more";
        }
        ProblemDetail problem = of(ErrorCode.VALIDATION_FAILED, locale, summary);
        problem.setProperty("errors", List.copyOf(shown));
        return problem;
    }

    /**
     * The problem for a status set by the container or a framework rather than by one of our
     * refusals: a request refused before any controller saw it.
     */
    ProblemDetail forStatus(int status, Locale locale) {
        ErrorCode code = codeForStatus(status);
        ProblemDetail problem = code == ErrorCode.VALIDATION_FAILED
                ? invalid(locale, List.of(fieldError("request", "cannot be taken as sent (path, header or framing)")))
                : of(code, locale, "");
        problem.setStatus(status);
        return problem;
    }

    private static ErrorCode codeForStatus(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            // a request the container could not take as it came (bad path, header, framing)
            default -> status >= 400 && status < 500 ? ErrorCode.VALIDATION_FAILED : ErrorCode.INTERNAL_ERROR;
        };
    }

    public static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message == null ? "" : message);
    }
}
