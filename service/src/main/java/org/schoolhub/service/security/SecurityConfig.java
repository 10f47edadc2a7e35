package org.schoolhub.service.security;

import org.schoolhub.service.web.ProblemWriter;
import org.schoolhub.shared.values.ErrorCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * HTTP Basic or a cookie session on everything but /actuator/health, the login and the password
 * reset; roles as API.md gives them. Only requests that ride on a session cookie can be forged by
 * another site, so only they must echo the XSRF-TOKEN cookie in X-XSRF-TOKEN. Finer rules
 * ("that family or COORDINATOR") are checked in the controllers against the {@code Caller}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    /**
     * No observations of the filter chain, the authentication or the authorisation: a trace per
     * security filter per request, which nothing reads, measured at a tenth of a transfer's time
     * on the request threads. {@code http.server.requests} (the response-time metric) stays.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** A readable cookie (the page's script echoes it), as strict about other sites as the session's. */
    @Bean
    CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookiePath("/");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return tokens;
    }

    @Bean
    // The CachedCredentialsAuthenticationProvider bean is the only provider of the global
    // authentication manager; registering it here too would check every failed login twice.
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, SessionSecurityContexts sessions,
                            CsrfTokenRepository csrfTokens) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"SchoolHub\", charset=\"UTF-8\"");
            if (failure instanceof LoginThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
                problems.write(response, ErrorCode.TOO_MANY_LOGIN_ATTEMPTS, request.getLocale(),
                        Math.max(1, throttled.retryAfter().toSeconds()));
            } else if (failure instanceof LoginUnavailableException) {
                problems.write(response, ErrorCode.SERVICE_UNAVAILABLE, request.getLocale());
            } else {
                problems.write(response, ErrorCode.UNAUTHORIZED, request.getLocale());
            }
        };
        AccessDeniedHandler forbidden = (request, response, denied) ->
                problems.write(response, ErrorCode.FORBIDDEN, request.getLocale());
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        // the token as the cookie holds it: the client echoes it unchanged
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(SessionRequests::stateChanging))
                // only POST /api/session makes a session; Basic never does
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(context -> context.securityContextRepository(sessions))
                // DELETE /api/session logs out; there is no login page to return to
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/session", "/api/password-reset").permitAll()
                        .requestMatchers("/actuator/**", "/api/admin/**").hasRole("OPERATOR")
                        .requestMatchers("/api/metrics/**", "/api/community/**").hasRole("COORDINATOR")
                        // the dashboard page and its scripts: any login; the JSON it polls needs COORDINATOR
                        .requestMatchers("/dashboard", "/dashboard/**", "/webjars/**").authenticated()
                        .anyRequest().authenticated());
        return http.build();
    }
}
