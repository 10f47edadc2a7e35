package org.schoolhub.query.metrics;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Times every {@code /api/**} request for {@link ResponseTimes}; other paths are not the API's speed. */
@Component
class ApiRequestTiming extends OncePerRequestFilter {

    private final ResponseTimes responseTimes;

    ApiRequestTiming(ResponseTimes responseTimes) {
        this.responseTimes = responseTimes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            responseTimes.record((System.nanoTime() - start) / 1_000_000.0, failed || response.getStatus() >= 500);
        }
    }
}
