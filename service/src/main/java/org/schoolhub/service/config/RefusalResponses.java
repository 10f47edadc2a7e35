package org.schoolhub.service.config;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.schoolhub.service.web.ProblemType;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes each operation's responses tell the truth: its real success statuses (from the handler's
 * {@code @ApiResponse} annotations; the schema is the record it answers with), and one
 * problem+json response per error status it can answer, with an example for every code behind
 * that status: the refusals every request can meet, and those its {@link Refusals} names.
 */
@Component
class RefusalResponses implements OperationCustomizer {

    /** Refusals that any request can meet, whatever its handler does. */
    static final List<ErrorCode> EVERY_REQUEST = List.of(ErrorCode.VALIDATION_FAILED, ErrorCode.UNAUTHORIZED,
            ErrorCode.FORBIDDEN, ErrorCode.NOT_ACCEPTABLE, ErrorCode.TOO_MANY_LOGIN_ATTEMPTS,
            ErrorCode.INTERNAL_ERROR, ErrorCode.SERVICE_UNAVAILABLE);
    /** Refusals of a request that may send a body: every body is limited, even one the handler ignores. */
    static final List<ErrorCode> MAY_SEND_BODY = List.of(ErrorCode.PAYLOAD_TOO_LARGE);
    /** Refusals of a request whose body the handler reads. */
    static final List<ErrorCode> WITH_BODY = List.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE);

    static final String PROBLEM_JSON = "application/problem+json";

    private final MessageSource messages;

    RefusalResponses(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Method method = handler.getMethod();
        operation.setOperationId(operationId(handler));
        ApiResponses responses = operation.getResponses();
        successes(method, responses);
        Map<Integer, List<ErrorCode>> byStatus = new TreeMap<>();
        boolean maySendBody = AnnotatedElementUtils.hasAnnotation(method, PostMapping.class)
                || AnnotatedElementUtils.hasAnnotation(method, PutMapping.class);
        for (ErrorCode code : refusals(method, maySendBody, operation.getRequestBody() != null)) {
            byStatus.computeIfAbsent(ProblemType.of(code).status().value(), s -> new ArrayList<>()).add(code);
        }
        byStatus.forEach((status, codes) -> responses.addApiResponse(String.valueOf(status), problem(codes)));
        return operation;
    }

    /** The codes an operation can answer with, each once, in the order of ErrorCode. */
    static List<ErrorCode> refusals(Method method, boolean maySendBody, boolean hasBody) {
        List<ErrorCode> codes = new ArrayList<>(EVERY_REQUEST);
        if (maySendBody || hasBody) {
            codes.addAll(MAY_SEND_BODY);
        }
        if (hasBody) {
            codes.addAll(WITH_BODY);
        }
        Refusals declared = method.getAnnotation(Refusals.class);
        if (declared != null) {
            codes.addAll(Arrays.asList(declared.value()));
        }
        return codes.stream().distinct().sorted().toList();
    }

    /**
     * springdoc documents 200 for a handler that answers with a ResponseEntity; the statuses it
     * really answers are those named by its {@code @ApiResponse}, each with the answer's schema.
     */
    private static void successes(Method method, ApiResponses responses) {
        var declared = method.getAnnotationsByType(io.swagger.v3.oas.annotations.responses.ApiResponse.class);
        if (declared.length == 0) {
            return;
        }
        ApiResponse generated = responses.get("200");
        Content content = generated == null ? null : generated.getContent();
        if (Arrays.stream(declared).noneMatch(d -> d.responseCode().equals("200"))) {
            responses.remove("200");
        }
        for (var answer : declared) {
            ApiResponse response = responses.computeIfAbsent(answer.responseCode(), c -> new ApiResponse());
            response.setDescription(answer.description());
            if (answer.responseCode().equals("204")) {
                response.setContent(null);
            } else if (response.getContent() == null) {
                response.setContent(content);
            }
        }
    }

    private ApiResponse problem(List<ErrorCode> codes) {
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
        Map<String, Example> examples = new LinkedHashMap<>();
        for (ErrorCode code : codes) {
            examples.put(code.name(), new Example().summary(title(code)).value(example(code)));
        }
        media.setExamples(examples);
        return new ApiResponse().description(String.join("; ", codes.stream().map(c -> c.name() + ": " + title(c)).toList()))
                .content(new Content().addMediaType(PROBLEM_JSON, media));
    }

    private Map<String, Object> example(ErrorCode code) {
        ProblemType type = ProblemType.of(code);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.type().toString());
        problem.put("title", title(code));
        problem.put("status", type.status().value());
        problem.put("detail", messages.getMessage(type.detailKey(), new Object[] {"…", "…", "…"}, "", Locale.ENGLISH));
        problem.put("code", code.name());
        return problem;
    }

    private String title(ErrorCode code) {
        return messages.getMessage(ProblemType.of(code).titleKey(), null, code.name(), Locale.ENGLISH);
    }

    /** Unique and readable: the handler's name after its controller's, e.g. familyQueryOne. */
    private static String operationId(HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        String name = handler.getMethod().getName();
        return Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
                + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
