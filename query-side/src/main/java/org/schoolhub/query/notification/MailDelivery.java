package org.schoolhub.query.notification;

import java.util.List;

/** Sends one plain-text e-mail; the application provides it when SMTP is configured. */
public interface MailDelivery {

    /** Sends, or throws: a notification whose mail failed is tried again at the next pass. */
    void send(List<String> to, String subject, String text);
}
