package org.schoolhub.service.config.properties;

/** Who books the payment of a group-order line ({@code schoolhub.payments.provider}). */
public enum PaymentProvider {

    /** Coordinators record money received by hand (docs/group-orders.md). */
    MANUAL
}
