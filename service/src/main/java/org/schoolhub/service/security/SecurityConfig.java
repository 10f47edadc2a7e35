package org.schoolhub.service.security;

import org.schoolhub.service.web.ProblemWriter;
import org.schoolhub.shared.values.ErrorCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * HTTP Basic on everything but /actuator/health; roles as API.md gives them. Finer rules
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

    @Bean
    // The CachedCredentialsAuthenticationProvider bean is the only provider of the global
    // authentication manager; registering it here too would check every failed login twice.
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems) throws Exception {
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
        http.csrf(csrf -> csrf.disable()) // stateless Basic auth: no cookie for a forged request to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // nothing to log out of and no login page to return to: two filters less per request
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/actuator/**", "/api/admin/**").hasRole("OPERATOR")
                        .requestMatchers("/api/metrics/**", "/api/community/**").hasRole("COORDINATOR")
                        // the dashboard page and its scripts: any login; the JSON it polls needs COORDINATOR
                        .requestMatchers("/dashboard", "/dashboard/**", "/webjars/**").authenticated()
                        .anyRequest().authenticated());
        return http.build();
    }
}
