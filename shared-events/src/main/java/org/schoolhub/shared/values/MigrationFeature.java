package org.schoolhub.shared.values;

/** A feature a stage migration brings, and what families gain by it (for the announcement). */
public record MigrationFeature(String name, String benefit) {
}
