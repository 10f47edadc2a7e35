package org.schoolhub.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolhub.personal.FamilyRecords;
import org.schoolhub.query.notification.NotificationMailer;
import org.schoolhub.service.config.properties.SchoolhubProperties;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications by e-mail, against an SMTP server (GreenMail) this test starts: the mailer the
 * configuration builds, with the sender it builds, sends a family's notification to its guardian,
 * once, without the memo.
 */
class NotificationMailTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    FamilyRecords families;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void a_received_transfer_is_mailed_to_the_paid_familys_guardian_once() throws Exception {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        UUID transferId = UUID.randomUUID();
        Response paid = api.post("/api/sel/transfers", java.util.Map.of("transferId", transferId, "from", anne.id(),
                "to", bob.id(), "amount", 9, "memo", "Léa's lift"), anne.login());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        eventually(() -> assertThat(jdbc.queryForObject(
                "select count(*) from notification where family_id = ? and subject_id = ?", Integer.class,
                bob.id(), transferId)).isEqualTo(1));

        SchoolhubProperties.Mail mail = new SchoolhubProperties.Mail("127.0.0.1", smtp.getSmtp().getPort(), null, null,
                false, "schoolhub@example.org", Duration.ofSeconds(10));
        NotificationMailer mailer = new NotificationMailer(jdbc, new TransactionTemplate(transactions), families,
                MailConfig.delivery(mail));
        while (mailer.mailDue() > 0) {
            // every notification of the day is due once; this family's is among them
        }

        List<MimeMessage> toBob = toAddress(bob.login().username());
        assertThat(toBob).hasSize(1);
        MimeMessage message = toBob.get(0);
        assertThat(message.getSubject()).isEqualTo("SchoolHub: you received 9 SEL units");
        assertThat(Arrays.stream(message.getFrom()).map(Address::toString)).containsExactly("schoolhub@example.org");
        String body = GreenMailUtil.getBody(message);
        assertThat(body).contains(transferId.toString()).doesNotContain("Léa").doesNotContain("lift");
        assertThat(toAddress(anne.login().username())).as("the payer is not told").isEmpty();

        assertThat(mailer.mailDue()).as("nothing is mailed twice").isZero();
        assertThat(toAddress(bob.login().username())).hasSize(1);
    }

    private List<MimeMessage> toAddress(String email) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (Address to : message.getAllRecipients()) {
                if (to.toString().equalsIgnoreCase(email)) {
                    found.add(message);
                }
            }
        }
        return found;
    }
}
