package org.schoolhub.operations.migration;

import java.time.Instant;

/** One line of a migration's checklist as the API shows it; doneBy is a user id, never a name. */
record ChecklistItem(String item, boolean automatic, boolean done, String detail, String doneBy, Instant doneAt) {

    static ChecklistItem computed(String item, boolean done, String detail) {
        return new ChecklistItem(item, true, done, detail, null, null);
    }
}
