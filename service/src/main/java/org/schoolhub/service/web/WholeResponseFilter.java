package org.schoolhub.service.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API answers leave in one piece, with a Content-Length. Spring MVC flushes the response of a
 * {@code ResponseEntity} right after writing its body, which commits it early: the container must
 * then send the body chunked, and the closing chunk in a second write when the request ends. Two
 * writes and two wake-ups of the client per request, for bodies of a few hundred bytes; on the
 * bench's two cores, socket writes were a fifth of the request threads' time. Here that flush is
 * left to the container, which sends head and body together once the request is done (a body
 * larger than its buffer still goes out as the buffer fills). An asynchronous request, which
 * could stream, keeps its flushes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WholeResponseFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void flushBuffer() throws IOException {
                if (request.isAsyncStarted()) {
                    super.flushBuffer();
                }
                // otherwise the container sends the whole response when the request ends
            }
        });
    }
}
