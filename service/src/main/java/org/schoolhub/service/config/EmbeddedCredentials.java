package org.schoolhub.service.config;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's one login, {@code postgres}, and who may use it: whoever knows the password
 * kept in {@code $SCHOOLHUB_DATA_DIR/postgres-password} (mode 0600, made on the first start), over
 * scram-sha-256, for every connection. zonky creates its clusters with {@code initdb -A trust},
 * which let any account of the machine in, and offers no say over it; so before each start
 * {@link #secure} makes sure the password is set and that the cluster's {@code pg_hba.conf} is this
 * one, before the server listens: in single-user mode, which needs no login. A data directory made
 * before passwords existed is converted so at its next start.
 */
final class EmbeddedCredentials {

    static final String USER = "postgres";
    static final String PASSWORD_FILE = "postgres-password";
    static final String HBA = """
            # Written by SchoolHub at every start (changes here are overwritten): every connection
            # needs the password of the user postgres, kept in $SCHOOLHUB_DATA_DIR/postgres-password.
            # TYPE  DATABASE     USER  ADDRESS        METHOD
            local   all          all                  scram-sha-256
            host    all          all   127.0.0.1/32   scram-sha-256
            local   replication  all                  scram-sha-256
            host    replication  all   127.0.0.1/32   scram-sha-256
            """;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCredentials.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Path passwordFile;
    private final String password;
    private final boolean madeNow;

    private EmbeddedCredentials(Path passwordFile, String password, boolean madeNow) {
        this.passwordFile = passwordFile;
        this.password = password;
        this.madeNow = madeNow;
    }

    /** The password kept in {@code dataDir}, made there now if there is none. */
    static EmbeddedCredentials in(Path dataDir) {
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                ownerOnly(file);
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return new EmbeddedCredentials(file, kept, false);
                }
            }
            String made = generate();
            Path draft = Files.createTempFile(dataDir, PASSWORD_FILE, ".new");
            ownerOnly(draft);
            Files.writeString(draft, made + "\n", StandardCharsets.UTF_8);
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info("Made a password for the embedded PostgreSQL in {}", file);
            return new EmbeddedCredentials(file, made, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the embedded PostgreSQL's password in " + file, e);
        }
    }

    String password() {
        return password;
    }

    Path passwordFile() {
        return passwordFile;
    }

    /**
     * zonky's data directory customizer: runs after initdb (on a new cluster) and before the
     * server starts. Sets the password when it is new or the cluster still trusts anyone, then
     * writes {@link #HBA}; a start that fails half-way does both again the next time.
     */
    void secure(File dataDirectory) {
        Path pgData = dataDirectory.toPath();
        Path hba = pgData.resolve("pg_hba.conf");
        try {
            if (!madeNow && Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
                return;
            }
            log.info("Setting the embedded PostgreSQL's password and password-only access ({})", hba);
            PostgresBinaries.zonkys().runSingleUser(pgData,
                    "alter role " + USER + " with password '" + password + "'", password);
            Path draft = Files.createTempFile(pgData, "pg_hba.conf", ".new");
            ownerOnly(draft);
            Files.writeString(draft, HBA, StandardCharsets.UTF_8);
            Files.move(draft, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot secure the embedded PostgreSQL in " + pgData, e);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder made = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            made.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return made.toString();
    }

    private static void ownerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
