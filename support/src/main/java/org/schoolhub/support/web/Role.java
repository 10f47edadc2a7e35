package org.schoolhub.support.web;

/** The roles of API.md, written without any framework prefix. */
public enum Role {
    MEMBER, COORDINATOR, OPERATOR
}
