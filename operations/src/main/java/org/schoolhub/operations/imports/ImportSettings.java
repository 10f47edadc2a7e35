package org.schoolhub.operations.imports;

import java.nio.file.Path;

/** Where the Stage-0 import keeps the backup copy of every file it is given. */
public record ImportSettings(Path backupDirectory) {
}
