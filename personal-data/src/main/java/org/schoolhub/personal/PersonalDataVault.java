package org.schoolhub.personal;

import java.util.List;
import java.util.UUID;

import org.schoolhub.shared.values.ChildDetails;

/**
 * Where names, e-mail addresses, password hashes and children's details live: beside the event
 * store, never in it, so that erasing a family deletes them while its ledger history stays.
 * Every write joins the current transaction.
 */
public interface PersonalDataVault {

    /** Stores a new family; refuses an e-mail address already in use (case-insensitive). */
    void enrol(UUID familyId, UUID communityId, String name, String email, String passwordHash,
               List<ChildDetails> children);

    void addChild(UUID familyId, ChildDetails child);

    void removeChild(UUID childId);

    /** Deletes everything personal about the family, children included. */
    void erase(UUID familyId);
}
