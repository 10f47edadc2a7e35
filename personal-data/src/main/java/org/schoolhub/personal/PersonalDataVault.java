package org.schoolhub.personal;

import java.util.List;
import java.util.UUID;

import org.schoolhub.shared.values.ChildDetails;
import org.schoolhub.shared.values.ImportedFamily;

/**
 * Where names, e-mail addresses, password hashes and children's details live: beside the event
 * store, never in it, so that erasing a family deletes them while its ledger history stays.
 * Every write joins the current transaction.
 */
public interface PersonalDataVault {

    /**
     * Stores a new family and its first guardian (the enrolment's name, e-mail and password);
     * refuses an e-mail address already in use by any login (case-insensitive).
     */
    void enrol(UUID familyId, UUID communityId, UUID guardianId, String name, String email, String passwordHash,
               List<ChildDetails> children);

    /** Adds a guardian with its own login; DUPLICATE_EMAIL when the e-mail is any login's already. */
    void addGuardian(UUID familyId, UUID guardianId, String name, String email, String passwordHash);

    /** Removes a guardian of that family; NOT_FOUND when it is not one, CONFLICT when it is the last. */
    void removeGuardian(UUID familyId, UUID guardianId);

    /** Stores the families of a Stage-0 import with their guardians and children, in batches. */
    /** Sets that guardian's password hash (a password change). */
    void changePassword(UUID guardianId, String passwordHash);

    /** Lists the family in the directory or hides it; FAMILY_NOT_FOUND when it has no personal data (erased). */
    void setListed(UUID familyId, boolean listed);

    void importFamilies(UUID communityId, List<ImportedFamily> families);

    void addChild(UUID familyId, ChildDetails child);

    void removeChild(UUID childId);

    /** Deletes everything personal about the family: every guardian and child included. */
    void erase(UUID familyId);
}
