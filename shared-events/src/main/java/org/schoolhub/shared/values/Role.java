package org.schoolhub.shared.values;

/** The roles of API.md, written without any framework prefix. */
public enum Role {
    MEMBER, COORDINATOR, OPERATOR
}
