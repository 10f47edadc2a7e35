package org.schoolhub.service.config.role;

import java.util.Locale;

/** Which sides of the service a node runs, chosen by {@code schoolhub.role}. */
public enum NodeRole {

    /** Both sides, and what needs both at once (advancing the stage). */
    ALL,
    /** Aggregates and command endpoints only. */
    COMMAND,
    /** Projections and read endpoints only. */
    QUERY;

    /** The property that chooses a node's role. */
    public static final String PROPERTY = "schoolhub.role";

    /**
     * The role of a node that sets none, as text: the configuration properties declare it as their
     * default and the condition falls back on it, so both read it from here.
     */
    public static final String DEFAULT = "all";

    /** The role of a node that sets none. */
    public static NodeRole byDefault() {
        return valueOf(DEFAULT.toUpperCase(Locale.ROOT));
    }

    /** Whether a node in this role runs what a node in the {@code required} role runs. */
    public boolean includes(NodeRole required) {
        return this == ALL || this == required;
    }
}
