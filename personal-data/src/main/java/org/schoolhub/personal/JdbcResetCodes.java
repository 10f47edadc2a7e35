package org.schoolhub.personal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Codes of 16 characters from an alphabet without look-alikes (80 random bits): too many to guess
 * online, so a plain SHA-256 of the code is a safe digest and needs no salt.
 */
@Component
class JdbcResetCodes implements ResetCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 16;

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    JdbcResetCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public IssuedCode issue(UUID familyId, UUID guardianId, Instant now, Instant expiresAt) {
        Integer known = jdbc.queryForObject("select count(*) from guardian where guardian_id = ? and family_id = ?",
                Integer.class, guardianId, familyId);
        if (known == null || known == 0) {
            throw new RejectedException(ErrorCode.NOT_FOUND);
        }
        String code = newCode();
        jdbc.update("""
                insert into password_reset_code (guardian_id, code_digest, issued_at, expires_at) values (?, ?, ?, ?)
                on conflict (guardian_id) do update
                   set code_digest = excluded.code_digest, issued_at = excluded.issued_at, expires_at = excluded.expires_at""",
                guardianId, digest(code), Timestamp.from(now), Timestamp.from(expiresAt));
        return new IssuedCode(code, expiresAt);
    }

    @Override
    @Transactional
    public Optional<UUID> redeem(String email, String code, String newPasswordHash, Instant now) {
        // deleting the row is what uses the code: of two redemptions at once, only one deletes it
        Optional<UUID> guardian = jdbc.queryForList("""
                delete from password_reset_code c using guardian g
                 where c.guardian_id = g.guardian_id and g.email_key = ? and c.code_digest = ? and c.expires_at > ?
                returning c.guardian_id""", UUID.class, JdbcPersonalDataVault.emailKey(email),
                digest(normalised(code)), Timestamp.from(now)).stream().findFirst();
        guardian.ifPresent(id -> jdbc.update("update guardian set password_hash = ? where guardian_id = ?",
                newPasswordHash, id));
        return guardian;
    }

    private String newCode() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** As a person types it again: case and the spaces or dashes they group it with do not matter. */
    private static String normalised(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static byte[] digest(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
