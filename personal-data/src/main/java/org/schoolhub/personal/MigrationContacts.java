package org.schoolhub.personal;

import java.util.Optional;
import java.util.UUID;

/**
 * The contact address of each stage migration, named in its announcement: an e-mail address,
 * so it is kept here and not in the migration's events. Writes join the current transaction.
 */
public interface MigrationContacts {

    void keep(UUID migrationId, UUID communityId, String email);

    Optional<String> of(UUID migrationId);
}
