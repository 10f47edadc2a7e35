package org.schoolhub.service.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.support.bus.CommandsUnavailableException;
import org.schoolhub.shared.values.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Turns every failure into problem+json with a code; a failed request has stored nothing. */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final Problems problems;

    ProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RejectedException e, Locale locale) {
        Object[] args = e.args();
        if (e.code() == ErrorCode.VALIDATION_FAILED && args.length == 2) {
            return respond(problems.invalid(locale, List.of(Problems.fieldError(String.valueOf(args[0]),
                    String.valueOf(args[1])))));
        }
        return respond(problems.of(e.code(), locale, args));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, Locale locale) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Problems.fieldError(f.getField(), f.getDefaultMessage())).toList();
        if (errors.isEmpty()) {
            errors = List.of(Problems.fieldError("body", e.getBindingResult().getGlobalErrors().toString()));
        }
        return respond(problems.invalid(locale, errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, Locale locale) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Problems.fieldError(name(r),
                        err.getDefaultMessage()))).toList();
        return respond(problems.invalid(locale, errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        Optional<BodyTooLargeException> tooLarge = BodyTooLargeException.in(e);
        if (tooLarge.isPresent()) {
            return tooLarge(tooLarge.get(), locale);
        }
        String field = "body";
        String message = "malformed JSON";
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            field = pathOf(databind);
            message = databind instanceof RefusedInputException refused ? refused.reason() : "wrong type or value";
        } else if (e.getCause() instanceof JacksonException) {
            message = "malformed JSON";
        } else if (e.getMessage() != null && e.getMessage().contains("Required request body is missing")) {
            message = "a JSON body is required";
        }
        return respond(problems.invalid(locale, List.of(Problems.fieldError(field, message))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        String message = "wrong type or format";
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof InstantRange.OutOfRange outOfRange) {
                message = outOfRange.getMessage();
            }
        }
        return respond(problems.invalid(locale, List.of(Problems.fieldError(e.getName(), message))));
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException e, Locale locale) {
        return respond(problems.of(ErrorCode.PAYLOAD_TOO_LARGE, locale, e.limit()));
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ProblemDetail> binding(ServletRequestBindingException e, Locale locale) {
        return respond(problems.invalid(locale, List.of(Problems.fieldError("request", e.getMessage()))));
    }

    /**
     * Tomcat could not read the query or form parameters: bad percent-encoding, not UTF-8, too
     * many, or a form body over its limit (server.tomcat.max-http-form-post-size).
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException e, Locale locale) {
        if (e.getErrorCode() == ProblemType.of(ErrorCode.PAYLOAD_TOO_LARGE).status().value()) {
            return respond(problems.of(ErrorCode.PAYLOAD_TOO_LARGE, locale, BodyLimits.MIB));
        }
        return respond(problems.invalid(locale, List.of(Problems.fieldError("parameters",
                "must be percent-encoded UTF-8, and not too many"))));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(Locale locale) {
        return respond(problems.of(ErrorCode.METHOD_NOT_ALLOWED, locale));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(Locale locale) {
        return respond(problems.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, locale));
    }

    /** The problem itself is still problem+json: a client that cannot read it learns the status. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(Locale locale) {
        return respond(problems.of(ErrorCode.NOT_ACCEPTABLE, locale));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(Locale locale) {
        return respond(problems.of(ErrorCode.NOT_FOUND, locale));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownAggregate(Locale locale) {
        return respond(problems.of(ErrorCode.NOT_FOUND, locale));
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseDown(Exception e, Locale locale) {
        log.warn("Database unavailable: {}", e.toString());
        return respond(problems.of(ErrorCode.SERVICE_UNAVAILABLE, locale));
    }

    @ExceptionHandler(CommandsUnavailableException.class)
    ResponseEntity<ProblemDetail> commandsUnavailable(CommandsUnavailableException e, Locale locale) {
        log.warn("Commands unavailable: {}", e.getMessage());
        return respond(problems.of(ErrorCode.SERVICE_UNAVAILABLE, locale));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        if (DatabaseFailures.isDatabaseUnavailable(e)) {
            return databaseDown(e, locale);
        }
        Optional<BodyTooLargeException> tooLarge = BodyTooLargeException.in(e);
        if (tooLarge.isPresent()) {
            return tooLarge(tooLarge.get(), locale);
        }
        UUID reference = UUID.randomUUID();
        log.error("Unexpected failure, reference {}", reference, e);
        ProblemDetail problem = problems.of(ErrorCode.INTERNAL_ERROR, locale, reference);
        problem.setProperty("reference", reference);
        return respond(problem);
    }

    private static String pathOf(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String name(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter" : name;
    }

    static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
