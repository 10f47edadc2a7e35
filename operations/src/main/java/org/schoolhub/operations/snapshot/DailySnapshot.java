package org.schoolhub.operations.snapshot;

import java.time.LocalDate;

import org.schoolhub.shared.values.Community;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * One rollback snapshot a day, labelled with the community's date. A day that already has one
 * (another node, or a restart right after the job) gets no second.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DailySnapshot {

    static final String LABEL_PREFIX = "daily ";

    private final JdbcRollbackSnapshots snapshots;
    private final Community community;

    DailySnapshot(JdbcRollbackSnapshots snapshots, Community community) {
        this.snapshots = snapshots;
        this.community = community;
    }

    @Scheduled(cron = "${schoolhub.operations.daily-snapshot-cron:0 15 3 * * *}",
            zone = "${schoolhub.time-zone:Europe/Brussels}")
    void takeDaily() {
        String label = LABEL_PREFIX + LocalDate.now(community.zone());
        if (!snapshots.exists(label)) {
            snapshots.take(label);
        }
    }
}
