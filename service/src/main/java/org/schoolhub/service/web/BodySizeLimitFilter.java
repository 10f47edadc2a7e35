package org.schoolhub.service.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.schoolhub.shared.values.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every request body to its {@link BodyLimits}: a declared Content-Length over the limit
 * is refused with 413 before anything reads it, and a body without one (chunked) is refused with
 * 413 when reading it passes the limit. Whoever reads the body (Jackson, a form parser, a
 * controller) reads it through this limit, first of all filters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final BodyLimits limits;
    private final ProblemWriter writer;

    BodySizeLimitFilter(BodyLimits limits, ProblemWriter writer) {
        this.limits = limits;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limits.limitFor(request.getRequestURI());
        if (request.getContentLengthLong() > limit) {
            writer.write(response, ErrorCode.PAYLOAD_TOO_LARGE, request.getLocale(), limit);
            return;
        }
        try {
            chain.doFilter(new LimitedBodyRequest(request, limit), response);
        } catch (IOException | ServletException | RuntimeException e) {
            // a reader that let the refusal escape past Spring MVC's error handling (a filter)
            if (BodyTooLargeException.in(e).isEmpty() || response.isCommitted()) {
                throw e;
            }
            response.reset();
            writer.write(response, ErrorCode.PAYLOAD_TOO_LARGE, request.getLocale(), limit);
        }
    }
}
