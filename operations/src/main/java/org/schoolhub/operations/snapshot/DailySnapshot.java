package org.schoolhub.operations.snapshot;

import java.time.LocalDate;

import org.schoolhub.shared.values.Community;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * One rollback snapshot a day, labelled with the community's date. A day that already has one
 * (another node, or a restart right after the job) gets no second.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DailySnapshot implements SchedulingConfigurer {

    static final String LABEL_PREFIX = "daily ";

    private final JdbcRollbackSnapshots snapshots;
    private final Community community;
    private final DailySnapshotSettings settings;

    DailySnapshot(JdbcRollbackSnapshots snapshots, Community community, DailySnapshotSettings settings) {
        this.snapshots = snapshots;
        this.community = community;
        this.settings = settings;
    }

    /** The cron expression is read in the community's time zone, the one the label's date is in. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(new CronTask(this::takeDaily, new CronTrigger(settings.cron(), community.zone())));
    }

    void takeDaily() {
        String label = LABEL_PREFIX + LocalDate.now(community.zone());
        if (!snapshots.exists(label)) {
            snapshots.take(label);
        }
    }
}
