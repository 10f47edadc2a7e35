package org.schoolhub.service.support;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests that need a community with history: a context of its own, on its own
 * embedded PostgreSQL (so its stage and seeded months touch no other test), seeded over three
 * months by the seeding command, with a recording snapshot port.
 */
@TestPropertySource(properties = {
        "spring.datasource.url=",
        "schoolhub.seed.months=3",
        "schoolhub.seed.families=12",
        "schoolhub.seed.random-seed=7"
})
@Import(RecordingSnapshots.class)
public abstract class SeededApiTest extends ApiTest {
}
