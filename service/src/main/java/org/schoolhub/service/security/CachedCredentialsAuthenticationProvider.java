package org.schoolhub.service.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.schoolhub.support.web.Caller;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic sends the password with every request, and a bcrypt check costs tens of
 * milliseconds of CPU: checked every time, it would cap the service at a few dozen requests per
 * second. So a password is checked once, and the success is remembered for a minute under a
 * salted SHA-256 of the credentials (never the password itself). Concurrent requests with the
 * same credentials wait for one check instead of each paying for it. Failures are not kept and
 * count towards the {@link LoginThrottle}, for the account at the client's address; a throttled
 * address waits even with remembered credentials, so that a remembered success tells a guesser
 * nothing either.
 */
@Component
class CachedCredentialsAuthenticationProvider implements AuthenticationProvider {

    static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 50_000;

    private final AccountDirectory directory;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, CompletableFuture<Remembered>> remembered = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[32];
    private final String unknownUserHash;

    CachedCredentialsAuthenticationProvider(AccountDirectory directory, PasswordEncoder encoder, LoginThrottle throttle) {
        this.directory = directory;
        this.encoder = encoder;
        this.throttle = throttle;
        new SecureRandom().nextBytes(salt);
        this.unknownUserHash = encoder.encode("an unknown user costs as much time as a known one");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String address = clientAddress(authentication);
        Optional<Duration> wait = throttle.waitFor(login, address);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        String key = digest(login, password);
        Instant now = clock.instant();
        AtomicBoolean mine = new AtomicBoolean();
        CompletableFuture<Remembered> check = remembered.compute(key, (k, existing) -> {
            if (existing == null || expired(existing, now)) {
                mine.set(true);
                return new CompletableFuture<>();
            }
            return existing;
        });
        if (mine.get()) {
            // This request checks the password; concurrent requests with the same credentials wait for it.
            try {
                check.complete(new Remembered(verify(login, password, address), now.plus(TTL)));
            } catch (RuntimeException e) {
                remembered.remove(key, check);
                check.completeExceptionally(e);
            }
        }
        try {
            return token(check.join().caller());
        } catch (CompletionException e) {
            throw e.getCause() instanceof AuthenticationException failure ? failure : e;
        }
    }

    private Caller verify(String login, String password, String address) {
        Optional<LoginAccount> account;
        try {
            account = directory.find(login);
        } catch (DataAccessException e) {
            throw new LoginUnavailableException(e);
        }
        // a login without a hash (never activated, or a legacy hash) costs the same time and never matches
        String hash = account.map(LoginAccount::passwordHash).orElse(null);
        boolean matches = encoder.matches(password, hash == null ? unknownUserHash : hash);
        if (account.isEmpty() || hash == null || !matches) {
            throttle.failed(login, address);
            throw new BadCredentialsException("bad credentials");
        }
        throttle.succeeded(login, address);
        if (remembered.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            remembered.values().removeIf(r -> r.isDone() && expired(r, now));
        }
        return account.get().caller();
    }

    /**
     * The address the request came from (the proxy's X-Forwarded-For once Tomcat is told to trust
     * it, see docs/deployment.md), as Spring Security records it for HTTP Basic.
     */
    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    private static boolean expired(CompletableFuture<Remembered> entry, Instant now) {
        if (!entry.isDone()) {
            return false;
        }
        return entry.isCompletedExceptionally() || !entry.join().until().isAfter(now);
    }

    /** Drops every remembered login of that family (after its personal data was erased). */
    void forgetFamily(java.util.UUID familyId) {
        remembered.values().removeIf(r -> r.isDone() && !r.isCompletedExceptionally()
                && familyId.equals(r.join().caller().familyId()));
    }

    /** Drops every remembered login of that user (a guardian removed from its family). */
    void forgetUser(java.util.UUID userId) {
        remembered.values().removeIf(r -> r.isDone() && !r.isCompletedExceptionally()
                && userId.equals(r.join().caller().userId()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static Authentication token(Caller caller) {
        List<SimpleGrantedAuthority> authorities = caller.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
    }

    private String digest(String login, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(login.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Remembered(Caller caller, Instant until) {
    }
}
