package org.schoolhub.shared.values;

import java.time.ZoneId;
import java.util.UUID;

/**
 * The community this installation serves, the identity of its database (snapshots taken on
 * another database are refused) and the time zone its months are counted in.
 */
public record Community(UUID communityId, UUID databaseId, ZoneId zone) {
}
