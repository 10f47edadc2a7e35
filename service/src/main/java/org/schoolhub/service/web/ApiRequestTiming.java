package org.schoolhub.service.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.schoolhub.query.metrics.ResponseTimes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Times every {@code /api/**} request for {@link ResponseTimes}; other paths are not the API's
 * speed. In the web layer, where servlet filters belong; a node without the query side keeps no
 * response times, and this filter then lets requests through untimed.
 */
@Component
class ApiRequestTiming extends OncePerRequestFilter {

    private final ObjectProvider<ResponseTimes> responseTimes;

    ApiRequestTiming(ObjectProvider<ResponseTimes> responseTimes) {
        this.responseTimes = responseTimes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (responseTimes.getIfAvailable() == null) {
            return true;
        }
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
            responseTimes.getObject().record((System.nanoTime() - start) / 1_000_000.0, failed || response.getStatus() >= 500);
        }
    }
}
