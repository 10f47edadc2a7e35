package org.schoolhub.operations.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The backup copy of an uploaded Stage-0 file, made before anything is written: byte for byte
 * (the upload is already a still copy, nothing writes to it), named after its SHA-256, and
 * checked to hash the same once written.
 */
final class SourceBackup {

    private SourceBackup() {
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the uploaded file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the file into the directory (once per content) and returns the copy's path. */
    static Path keep(Path file, String sha256, Path directory) {
        try {
            Files.createDirectories(directory);
            Path copy = directory.resolve("stage0-" + sha256 + ".sqlite");
            if (!Files.exists(copy) || !sha256(copy).equals(sha256)) {
                Path partial = Files.createTempFile(directory, "stage0-", ".partial");
                Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            if (!sha256(copy).equals(sha256)) {
                throw new IllegalStateException("the backup copy " + copy + " does not hash as the upload");
            }
            return copy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the backup copy in " + directory + ": " + e.getMessage(), e);
        }
    }
}
