package org.schoolhub.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One limit for every path, a wider one only where it is named. */
class BodyLimitsTest {

    private final BodyLimits limits = new WebConfig().bodyLimits();

    @Test
    void every_body_may_have_one_mebibyte() {
        assertThat(limits.limitFor("/api/sel/transfers")).isEqualTo(1024 * 1024);
        assertThat(limits.limitFor("/api/admin/imports/other")).isEqualTo(1024 * 1024);
    }

    @Test
    void the_stage_0_import_may_upload_64_mebibytes() {
        assertThat(limits.limitFor("/api/admin/imports")).isEqualTo(64L * 1024 * 1024);
    }

    @Test
    void a_wider_limit_leaves_the_others_alone() {
        BodyLimits wider = BodyLimits.of(10).allowing("/a", 20);
        assertThat(wider.limitFor("/a")).isEqualTo(20);
        assertThat(wider.limitFor("/b")).isEqualTo(10);
        assertThat(BodyLimits.of(10).limitFor("/a")).isEqualTo(10);
    }
}
