package org.schoolhub.service.config;

import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.schoolhub.personal.FamilyRecords;
import org.schoolhub.query.notification.MailDelivery;
import org.schoolhub.query.notification.NotificationMailer;
import org.schoolhub.service.config.properties.SchoolhubProperties;
import org.schoolhub.support.role.ConditionalOnSide;
import org.schoolhub.support.role.NodeRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications by e-mail, on the nodes that keep the notifications, once an SMTP host is set
 * (schoolhub.mail.*). The sender is no bean of its own: Spring Boot would then add a health check
 * on it, and a mail server down is no reason to take the ledger out of service.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSide(NodeRole.QUERY)
@ConditionalOnExpression("!'${schoolhub.mail.host:}'.isBlank()")
class MailConfig {

    @Bean(destroyMethod = "stop")
    NotificationMailer notificationMailer(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                          FamilyRecords families, SchoolhubProperties properties) {
        NotificationMailer mailer = new NotificationMailer(jdbc, new TransactionTemplate(transactions), families,
                delivery(properties.mail()));
        mailer.start(properties.mail().interval());
        return mailer;
    }

    /** Sends through the configured SMTP server: plain text, UTF-8. */
    static MailDelivery delivery(SchoolhubProperties.Mail mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.host());
        sender.setPort(mail.port());
        sender.setUsername(mail.username());
        sender.setPassword(mail.password());
        sender.setDefaultEncoding("UTF-8");
        Properties javaMail = new Properties();
        javaMail.put("mail.smtp.auth", Boolean.toString(mail.username() != null && !mail.username().isBlank()));
        javaMail.put("mail.smtp.starttls.required", Boolean.toString(mail.starttls()));
        javaMail.put("mail.smtp.starttls.enable", Boolean.toString(mail.starttls()));
        javaMail.put("mail.smtp.connectiontimeout", "10000");
        javaMail.put("mail.smtp.timeout", "10000");
        javaMail.put("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(javaMail);
        return (List<String> to, String subject, String text) -> {
            MimeMessage message = sender.createMimeMessage();
            try {
                MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(mail.from());
                helper.setTo(to.toArray(String[]::new));
                helper.setSubject(subject);
                helper.setText(text, false);
            } catch (MessagingException e) {
                throw new MailSendException("could not write the message", e);
            }
            sender.send(message);
        };
    }
}
