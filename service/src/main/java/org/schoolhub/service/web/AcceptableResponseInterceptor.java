package org.schoolhub.service.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * An API call whose Accept excludes JSON is refused with 406 before its handler runs. Spring
 * would find out only when writing the answer, after a command had been carried out: the
 * client would be told "not acceptable" about a write that was stored.
 */
final class AcceptableResponseInterceptor implements HandlerInterceptor {

    /** What the API's answers are written as (application/json, problem+json and the like). */
    private static final List<MediaType> PRODUCED = List.of(MediaType.APPLICATION_JSON,
            new MediaType("application", "*+json"));

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
        List<MediaType> produced = producedBy(request);
        boolean acceptable = accepted.stream().anyMatch(a -> a.getQualityValue() > 0
                && produced.stream().anyMatch(a::isCompatibleWith));
        if (!acceptable) {
            throw new HttpMediaTypeNotAcceptableException(produced);
        }
        return true;
    }

    /**
     * What this endpoint declares it produces (a stream of Server-Sent Events, say), and the
     * problem+json of its refusals; JSON for an endpoint that declares nothing.
     */
    @SuppressWarnings("unchecked")
    private static List<MediaType> producedBy(HttpServletRequest request) {
        Object declared = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        if (declared instanceof java.util.Set<?> types && !types.isEmpty()) {
            List<MediaType> produced = new java.util.ArrayList<>((java.util.Set<MediaType>) types);
            produced.add(MediaType.APPLICATION_PROBLEM_JSON);
            return produced;
        }
        return PRODUCED;
    }
}
