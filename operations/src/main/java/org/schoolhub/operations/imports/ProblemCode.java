package org.schoolhub.operations.imports;

/**
 * Why a Stage-0 row was skipped or imported otherwise than it was (API.md, Stage 0 → 1 import;
 * docs/stage0-import.md says what each asks of the operator).
 */
enum ProblemCode {
    /** Soft-deleted in Stage 0, or belonging to a family that was: skipped. */
    DELETED_IN_STAGE0(true),
    /** The same e-mail as an earlier row (case-insensitive) or as a login the ledger has: the later login skipped. */
    DUPLICATE_EMAIL(true),
    /** A child whose family does not exist (or was not imported): skipped. */
    ORPHAN_CHILD(true),
    /** A family without any login that could be imported: imported, nobody can log in for it yet. */
    NO_GUARDIAN(false),
    /** A legacy or missing password hash: imported, cannot log in until a reset. */
    PASSWORD_RESET_REQUIRED(false),
    /** An implausible, unparseable or missing birth date: imported with birthYear null. */
    BIRTH_DATE_UNKNOWN(false),
    /** Imported by an earlier import that was not rolled back: skipped, so a file imports once. */
    ALREADY_IMPORTED(true),
    /** A parent login that belongs to no family: skipped. */
    NO_FAMILY(true),
    /** A value the ledger cannot hold (empty, too long, control characters, unknown role): skipped. */
    INVALID_VALUE(true),
    /** Imported with a value changed by a documented normalisation (spaces, a value dropped): says which. */
    NORMALISED(false);

    private final boolean skips;

    ProblemCode(boolean skips) {
        this.skips = skips;
    }

    boolean skips() {
        return skips;
    }
}
