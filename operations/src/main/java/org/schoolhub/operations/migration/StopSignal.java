package org.schoolhub.operations.migration;

/** One stop signal as the API shows it, with the facts behind it in {@code detail}. */
record StopSignal(String signal, boolean active, String detail) {
}
