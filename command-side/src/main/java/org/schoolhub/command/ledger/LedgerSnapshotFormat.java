package org.schoolhub.command.ledger;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.schoolhub.support.store.JsonMixin;

/**
 * How a ledger snapshot is written and read: its fields, through the constructor that applies
 * nothing. Without creatorVisibility NONE, Jackson 3 would take the public constructor, which
 * applies an event, and every load from a snapshot would fail. Kept apart from {@link Ledger}
 * so that the aggregate knows no serializer.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
public abstract class LedgerSnapshotFormat {

    @JsonCreator
    LedgerSnapshotFormat() {
    }

    public static JsonMixin mixin() {
        return new JsonMixin(Ledger.class, LedgerSnapshotFormat.class);
    }
}
