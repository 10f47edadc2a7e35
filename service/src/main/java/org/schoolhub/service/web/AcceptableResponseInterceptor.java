package org.schoolhub.service.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * An API call whose Accept excludes JSON is refused with 406 before its handler runs. Spring
 * would find out only when writing the answer, after a command had been carried out: the
 * client would be told "not acceptable" about a write that was stored.
 */
final class AcceptableResponseInterceptor implements HandlerInterceptor {

    /** What the API's answers are written as (application/json, problem+json and the like). */
    private static final List<MediaType> PRODUCED = List.of(MediaType.APPLICATION_JSON,
            new MediaType("application", "*+json"));

    /** JSON, and whatever else the handler says it produces (a statement: CSV and PDF too). */
    private static List<MediaType> produced(Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return PRODUCED;
        }
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        if (mapping == null || mapping.produces().length == 0) {
            return PRODUCED;
        }
        List<MediaType> produced = new ArrayList<>(PRODUCED);
        for (String type : mapping.produces()) {
            produced.add(MediaType.parseMediaType(type));
        }
        return produced;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("unreadable Accept header");
        }
        List<MediaType> produced = produced(handler);
        boolean acceptable = accepted.stream().anyMatch(a -> a.getQualityValue() > 0
                && produced.stream().anyMatch(a::isCompatibleWith));
        if (!acceptable) {
            throw new HttpMediaTypeNotAcceptableException(produced);
        }
        return true;
    }
}
