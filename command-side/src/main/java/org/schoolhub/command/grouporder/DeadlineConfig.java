package org.schoolhub.command.grouporder;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * A persistent deadline manager: Axon's DbSchedulerDeadlineManager on db-scheduler, whose table
 * (scheduled_tasks, migrations V4) lives in the application's PostgreSQL. A deadline is a row
 * written in the same transaction as the events of the command that set it, so it survives a
 * restart, and one that came due while the service was down fires at the next poll after start.
 * With several nodes, db-scheduler's row locking lets exactly one of them fire each deadline.
 *
 * <p>Axon's AxonDbSchedulerAutoConfiguration sees the {@link Scheduler} below and adds its own
 * event-scheduler task; the deadline task and manager are declared here so that they are there
 * whatever that auto-configuration decides.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class DeadlineConfig {

    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<DbSchedulerBinaryDeadlineDetails> deadlineDetailsTask(ApplicationContext context) {
        return DbSchedulerDeadlineManager.binaryTask(() -> context.getBean(DbSchedulerDeadlineManager.class));
    }

    /**
     * The proxy makes db-scheduler join the current Spring transaction: scheduling a deadline
     * commits or rolls back with the command's events.
     */
    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, DeadlineSettings settings) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .tableName("scheduled_tasks")
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(Duration.ofSeconds(30))
                .threads(2)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Events applied by a deadline carry the trace of the command that set it, but no actor:
     * nobody acted, the deadline passed.
     */
    @Bean
    DbSchedulerDeadlineManager deadlineManager(Scheduler scheduler, Configuration configuration,
                                               @Qualifier("eventSerializer") Serializer serializer,
                                               TransactionManager transactionManager,
                                               DeadlineManagerSpanFactory spanFactory) {
        DbSchedulerDeadlineManager manager = DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
        manager.registerHandlerInterceptor(new CorrelationDataInterceptor<>(new MessageOriginProvider()));
        return manager;
    }

    /**
     * Starts polling once everything else runs (Axon, the web server) and stops first, so a
     * deadline never fires into a half-started or half-stopped application.
     */
    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return SmartLifecycle.DEFAULT_PHASE;
            }
        };
    }
}
