package org.schoolhub.service.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseCookie;

/** The servlet session's cookie, as a logout clears it (the session itself is already gone). */
final class SessionCookie {

    static final String NAME = "JSESSIONID";

    private SessionCookie() {
    }

    static String cleared(HttpServletRequest request) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        return ResponseCookie.from(NAME, "").path(path).maxAge(0).httpOnly(true).secure(request.isSecure())
                .sameSite("Strict").build().toString();
    }
}
