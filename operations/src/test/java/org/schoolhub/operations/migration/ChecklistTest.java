package org.schoolhub.operations.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ChecklistTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void the_weekend_window_is_read_in_the_communitys_time_zone() {
        assertThat(Checklist.weekendWindow(Instant.parse("2026-03-14T09:00:00Z"), BRUSSELS).done()).isTrue();
        assertThat(Checklist.weekendWindow(Instant.parse("2026-03-15T23:30:00Z"), BRUSSELS).done())
                .as("Sunday 23:30 UTC is Monday in Brussels").isFalse();
        assertThat(Checklist.weekendWindow(Instant.parse("2026-03-13T23:30:00Z"), BRUSSELS).done())
                .as("Friday 23:30 UTC is Saturday in Brussels").isTrue();
        assertThat(Checklist.weekendWindow(Instant.parse("2026-03-11T09:00:00Z"), BRUSSELS).done()).isFalse();
    }

    @Test
    void the_notice_counts_from_the_announcement_to_the_date() {
        Instant date = Instant.parse("2026-03-14T09:00:00Z");
        assertThat(Checklist.announcedWithNotice(null, date, 7).done()).isFalse();
        assertThat(Checklist.announcedWithNotice(date.minus(Duration.ofDays(7)), date, 7).done()).isTrue();
        assertThat(Checklist.announcedWithNotice(date.minus(Duration.ofDays(6)), date, 7).done()).isFalse();
        assertThat(Checklist.announcedWithNotice(date.minus(Duration.ofDays(6)), date, 7).detail())
                .contains("6 days before; 7 needed");
    }
}
