package org.schoolhub.query.sel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** The words and date format of a statement in the reader's language (messages*.properties, statement.*). */
record StatementLabels(MessageSource messages, Locale locale, ZoneId zone) {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    String get(String key) {
        return messages.getMessage("statement." + key, null, locale);
    }

    String kind(String kind) {
        return messages.getMessage("statement.kind." + kind, null, kind, locale);
    }

    String at(java.time.Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** A counterparty erased since: named as such, never left blank. */
    String name(Counterparty counterparty) {
        return counterparty.name() != null ? counterparty.name() : get("erased");
    }
}
