package org.schoolhub.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.schoolhub.personal.FamilyRecords;
import org.schoolhub.query.notification.NotificationMailer;
import org.schoolhub.service.config.properties.SchoolhubProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** E-mail is sent only by nodes that keep the notifications, and only once an SMTP host is set. */
class MailConfigTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Collaborators.class, MailConfig.class);

    @Test
    void without_an_smtp_host_no_mail_is_sent() {
        runner.run(context -> assertThat(context).doesNotHaveBean(NotificationMailer.class));
        runner.withPropertyValues("schoolhub.mail.host=").run(context ->
                assertThat(context).doesNotHaveBean(NotificationMailer.class));
    }

    @Test
    void with_an_smtp_host_a_query_node_mails() {
        runner.withPropertyValues("schoolhub.mail.host=127.0.0.1").run(context ->
                assertThat(context).hasSingleBean(NotificationMailer.class));
        runner.withPropertyValues("schoolhub.mail.host=127.0.0.1", "schoolhub.role=query").run(context ->
                assertThat(context).hasSingleBean(NotificationMailer.class));
    }

    @Test
    void a_command_node_never_mails() {
        runner.withPropertyValues("schoolhub.mail.host=127.0.0.1", "schoolhub.role=command").run(context ->
                assertThat(context).doesNotHaveBean(NotificationMailer.class));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SchoolhubProperties.class)
    static class Collaborators {

        @Bean
        JdbcTemplate jdbcTemplate() {
            return mock(JdbcTemplate.class);
        }

        @Bean
        PlatformTransactionManager transactionManager() {
            return mock(PlatformTransactionManager.class);
        }

        @Bean
        FamilyRecords familyRecords() {
            return mock(FamilyRecords.class);
        }
    }
}
