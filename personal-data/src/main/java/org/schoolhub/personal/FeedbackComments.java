package org.schoolhub.personal;

import java.util.UUID;

/**
 * What families write with their feedback: free text about themselves and others, so personal
 * data, kept here and erased with the family. Writes join the current transaction.
 */
public interface FeedbackComments {

    void keep(UUID feedbackId, UUID familyId, UUID communityId, String comment);

    /** How many comments the family has on record. */
    int countFor(UUID familyId);
}
