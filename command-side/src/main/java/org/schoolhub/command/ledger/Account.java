package org.schoolhub.command.ledger;

/** One family's account inside the ledger: its balance, and whether the family has withdrawn. */
record Account(long balance, boolean closed) {

    static final Account OPENED = new Account(0, false);

    Account withBalance(long newBalance) {
        return new Account(newBalance, closed);
    }

    Account close() {
        return new Account(balance, true);
    }
}
