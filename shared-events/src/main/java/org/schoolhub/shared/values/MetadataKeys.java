package org.schoolhub.shared.values;

/** Keys of the metadata every command and event carries. */
public final class MetadataKeys {

    /** The acting user's id, never a name or an e-mail address. */
    public static final String ACTOR = "actor";

    private MetadataKeys() {
    }
}
