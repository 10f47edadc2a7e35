package org.schoolhub.command.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The SHA-256 of a memo (an absent memo counts as empty), as PostgreSQL's
 * {@code sha256(convert_to(memo, 'UTF8'))} computes it: the registry keeps this, not the text.
 */
public final class MemoDigest {

    private final byte[] bytes;

    private MemoDigest(byte[] bytes) {
        this.bytes = bytes;
    }

    public static MemoDigest of(String memo) {
        try {
            return new MemoDigest(MessageDigest.getInstance("SHA-256")
                    .digest((memo == null ? "" : memo).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static MemoDigest fromBytes(byte[] bytes) {
        return new MemoDigest(bytes.clone());
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemoDigest digest && Arrays.equals(bytes, digest.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "MemoDigest";
    }
}
