package org.schoolhub.service.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cookie sessions beside HTTP Basic (API.md, Families' own features): a login checked like a Basic
 * one (same throttle, same cache), then an HttpOnly session cookie and a readable XSRF-TOKEN
 * cookie that state-changing requests made with the session must echo.
 */
@RestController
@RequestMapping("/api/session")
@Tag(name = "Authentication")
class SessionController {

    private final CachedCredentialsAuthenticationProvider credentials;
    private final SessionSecurityContexts sessions;
    private final CsrfTokenRepository csrfTokens;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    SessionController(CachedCredentialsAuthenticationProvider credentials, SessionSecurityContexts sessions,
                      CsrfTokenRepository csrfTokens) {
        this.credentials = credentials;
        this.sessions = sessions;
        this.csrfTokens = csrfTokens;
    }

    /** A login: e-mail (or a staff user name) and password. */
    record SessionRequest(@NotBlank @Size(max = 254) String email, @NotNull @Size(max = 200) String password) {
    }

    @PostMapping
    @ApiResponse(responseCode = "200", description = "Logged in: /api/me's body, a session cookie and an XSRF-TOKEN cookie",
            useReturnTypeSchema = true)
    @Operation(summary = "Log in with a cookie session (no login needed)")
    MeController.Me login(@Valid @RequestBody SessionRequest request, HttpServletRequest http,
                          HttpServletResponse response) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(request.email().strip(), request.password());
        attempt.setDetails(details.buildDetails(http));
        Authentication login;
        try {
            login = credentials.authenticate(attempt);
        } catch (LoginThrottledException throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            throw new RejectedException(ErrorCode.TOO_MANY_LOGIN_ATTEMPTS, seconds);
        } catch (LoginUnavailableException unavailable) {
            throw new RejectedException(ErrorCode.SERVICE_UNAVAILABLE);
        } catch (BadCredentialsException wrong) {
            throw new RejectedException(ErrorCode.UNAUTHORIZED);
        }
        sessions.start(login, http, response);
        // a new token for the new session: one a page had before the login is worth nothing now
        csrfTokens.saveToken(csrfTokens.generateToken(http), http, response);
        return MeController.of((Caller) login.getPrincipal());
    }

    @DeleteMapping
    @ApiResponse(responseCode = "204", description = "Logged out: the session ends and its cookies are cleared")
    @Operation(summary = "Log out of a cookie session")
    ResponseEntity<Void> logout(Caller caller, HttpServletRequest http, HttpServletResponse response) {
        sessions.end(http);
        csrfTokens.saveToken(null, http, response);
        response.addHeader(HttpHeaders.SET_COOKIE, SessionCookie.cleared(http));
        return ResponseEntity.noContent().build();
    }
}
