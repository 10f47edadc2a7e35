package org.schoolhub.command.grouporder;

import java.util.UUID;

/** The answer of POST /api/group-orders: the new order, open. */
record GroupOrderOpened(UUID groupOrderId, String status) {

    static GroupOrderOpened of(UUID groupOrderId) {
        return new GroupOrderOpened(groupOrderId, "OPEN");
    }
}
