package org.schoolhub.shared.values;

/** Keys of the metadata every command and event carries. */
public final class MetadataKeys {

    /** The acting user's id, never a name or an e-mail address. */
    public static final String ACTOR = "actor";

    /** On compensating events: the rollback snapshot they roll back to. */
    public static final String ROLLBACK_SNAPSHOT = "rollbackSnapshot";

    /** On the events of a Stage-0 import, and of its rollback: the import they belong to. */
    public static final String STAGE0_IMPORT = "stage0Import";

    private MetadataKeys() {
    }
}
