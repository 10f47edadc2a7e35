package org.schoolhub.service.security;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.schoolhub.personal.Logins;
import org.schoolhub.personal.PersonalDataVault;
import org.schoolhub.personal.ResetCodes;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Caller;
import org.schoolhub.support.web.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A guardian's own password: changed with the current one, or set with a one-time code a
 * coordinator issued. Either way the old password stops working at once, for HTTP Basic (its
 * remembered check is dropped) and for the guardian's other cookie sessions.
 */
@RestController
@Tag(name = "Authentication")
class PasswordController {

    /** How long an issued reset code works: long enough to reach the family, short enough not to linger. */
    static final Duration RESET_CODE_VALIDITY = Duration.ofHours(24);

    private final Logins logins;
    private final PersonalDataVault vault;
    private final ResetCodes codes;
    private final PasswordEncoder encoder;
    private final CachedCredentialsAuthenticationProvider credentials;
    private final SessionRevocations revocations;
    private final SessionSecurityContexts sessions;
    private final LoginThrottle throttle;

    PasswordController(Logins logins, PersonalDataVault vault, ResetCodes codes, PasswordEncoder encoder,
                       CachedCredentialsAuthenticationProvider credentials, SessionRevocations revocations,
                       SessionSecurityContexts sessions, LoginThrottle throttle) {
        this.logins = logins;
        this.vault = vault;
        this.codes = codes;
        this.encoder = encoder;
        this.credentials = credentials;
        this.revocations = revocations;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    record PasswordChange(@NotNull @Size(max = 200) String currentPassword,
                          @NotNull @Size(min = 10, max = 200) String newPassword) {
    }

    record ResetCodeAnswer(String resetCode, Instant expiresAt) {
    }

    record PasswordReset(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 64) String resetCode,
                         @NotNull @Size(min = 10, max = 200) String newPassword) {
    }

    @PutMapping("/api/me/password")
    @Refusals({ErrorCode.CURRENT_PASSWORD_WRONG})
    @ApiResponse(responseCode = "204", description = "Changed; the old password no longer works")
    @Operation(summary = "Change one's own password (a guardian, MEMBER)")
    ResponseEntity<Void> change(@Valid @RequestBody PasswordChange change, Caller caller, HttpServletRequest request,
                                HttpServletResponse response) {
        caller.requireRole(Role.MEMBER);
        String hash = logins.byGuardian(caller.userId()).map(Logins.FamilyLogin::passwordHash).orElse(null);
        if (hash == null || !encoder.matches(change.currentPassword(), hash)) {
            throttle.failed(caller.username(), request.getRemoteAddr());
            throw new RejectedException(ErrorCode.CURRENT_PASSWORD_WRONG);
        }
        vault.changePassword(caller.userId(), encoder.encode(change.newPassword()));
        forgetLogins(caller.userId());
        if (SessionRequests.hasLiveSession(request)) {
            // the guardian's other sessions end; this one goes on, under a new session id
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            sessions.start(current, request, response);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/families/{familyId}/guardians/{guardianId}/password-reset")
    @Refusals({ErrorCode.NOT_FOUND})
    @ApiResponse(responseCode = "201", description = "Issued: the code, shown this once, works once until expiresAt",
            useReturnTypeSchema = true)
    @Operation(summary = "Issue a one-time password reset code for a guardian (COORDINATOR)")
    ResponseEntity<ResetCodeAnswer> issue(@PathVariable UUID familyId, @PathVariable UUID guardianId, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        Instant now = revocations.now();
        ResetCodes.IssuedCode issued = codes.issue(familyId, guardianId, now, now.plus(RESET_CODE_VALIDITY));
        return ResponseEntity.created(URI.create("/api/families/" + familyId))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new ResetCodeAnswer(issued.code(), issued.expiresAt()));
    }

    @PostMapping("/api/password-reset")
    @Refusals({ErrorCode.RESET_CODE_INVALID})
    @ApiResponse(responseCode = "204", description = "The new password is set; the code is used up")
    @Operation(summary = "Set a new password with a one-time reset code (no login needed)")
    ResponseEntity<Void> reset(@Valid @RequestBody PasswordReset reset, HttpServletRequest request,
                               HttpServletResponse response) {
        String email = reset.email().strip();
        String address = request.getRemoteAddr();
        throttle.waitFor(email, address).ifPresent(wait -> {
            long seconds = Math.max(1, wait.toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            throw new RejectedException(ErrorCode.TOO_MANY_LOGIN_ATTEMPTS, seconds);
        });
        UUID guardian = codes.redeem(email, reset.resetCode(), encoder.encode(reset.newPassword()), revocations.now())
                .orElseThrow(() -> {
                    throttle.failed(email, address);
                    return new RejectedException(ErrorCode.RESET_CODE_INVALID);
                });
        throttle.succeeded(email, address);
        forgetLogins(guardian);
        return ResponseEntity.noContent().build();
    }

    private void forgetLogins(UUID guardianId) {
        credentials.forgetUser(guardianId);
        revocations.revokeUser(guardianId);
    }
}
