package org.schoolhub.service.web;

import java.io.IOException;
import java.util.Locale;

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
 * No request of this API needs more than 64 KiB; a larger declared body is refused with 413
 * before anything reads it. (Chunked bodies without a length are bounded by Jackson's own
 * limits on document size and nesting.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimitFilter extends OncePerRequestFilter {

    static final long MAX_BODY_BYTES = 64 * 1024;

    private final ProblemWriter writer;

    BodySizeLimitFilter(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            Locale locale = request.getLocale();
            writer.write(response, ErrorCode.PAYLOAD_TOO_LARGE, locale, MAX_BODY_BYTES);
            return;
        }
        chain.doFilter(request, response);
    }

}
