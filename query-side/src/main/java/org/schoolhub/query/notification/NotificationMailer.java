package org.schoolhub.query.notification;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.schoolhub.personal.FamilyRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each new notification by e-mail to its family's guardians, once. A pass claims a batch of
 * notifications in notification_mailed and sends them in the same transaction: a failure rolls the
 * claim back (they are tried again), and another node claiming the same rows waits for this one
 * and then skips them. Only notifications of the last day are mailed, so that a family is not sent
 * its whole history when e-mail is first turned on or after a replay rebuilt the notifications.
 */
public class NotificationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);
    private static final int BATCH = 100;

    private static final String CLAIM = """
            insert into notification_mailed (family_id, id, mailed_at)
            select n.family_id, n.id, now() from notification n
             where n.at > now() - interval '1 day'
               and not exists (select 1 from notification_mailed m where m.family_id = n.family_id and m.id = n.id)
             order by n.id limit ?
            on conflict do nothing
            returning family_id, id""";
    private static final String ONE = """
            select n.family_id, n.id, n.type, n.at, n.subject_id, n.from_family, n.to_family, n.amount, n.status,
                   n.due_at from notification n where n.family_id = ? and n.id = ?""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final FamilyRecords families;
    private final MailDelivery delivery;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "notification-mailer");
        thread.setDaemon(true);
        return thread;
    });

    public NotificationMailer(JdbcTemplate jdbc, TransactionTemplate transactions, FamilyRecords families,
                              MailDelivery delivery) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.families = families;
        this.delivery = delivery;
    }

    /** Mails what is due every {@code interval}, until {@link #stop()}. */
    public void start(Duration interval) {
        scheduler.scheduleWithFixedDelay(this::guarded, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void stop() {
        scheduler.shutdownNow();
    }

    /** One pass: claims and mails up to a batch of notifications; answers how many it claimed. */
    public int mailDue() {
        Integer claimed = transactions.execute(status -> {
            List<Object[]> keys = jdbc.query(CLAIM, (rs, row) -> new Object[] {rs.getObject("family_id"),
                    rs.getLong("id")}, BATCH);
            for (Object[] key : keys) {
                NotificationView notification = jdbc.queryForObject(ONE, (rs, row) -> NotificationReader.view(rs),
                        key[0], key[1]);
                List<String> to = families.of((java.util.UUID) key[0])
                        .map(record -> record.guardians().stream().map(FamilyRecords.Guardian::email)
                                .filter(email -> email != null && !email.isBlank()).toList())
                        .orElse(List.of());
                if (!to.isEmpty()) {
                    delivery.send(to, NotificationTexts.subject(notification), NotificationTexts.text(notification));
                }
            }
            return keys.size();
        });
        return claimed == null ? 0 : claimed;
    }

    private void guarded() {
        try {
            while (mailDue() == BATCH) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("Notifications could not be mailed this time, they will be tried again: {}", e.toString());
        }
    }
}
