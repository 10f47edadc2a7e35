package org.schoolhub.operations.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * A Stage-0 birth date as the ledger keeps it, a year: from ISO dates or the old form's
 * DD/MM/YYYY; null when missing, unparseable, or not within the years enrolment accepts.
 */
final class BirthDates {

    static final int PLAUSIBLE_YEARS = 25;
    private static final DateTimeFormatter OLD_FORM = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private BirthDates() {
    }

    static Integer year(String raw, int thisYear) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        LocalDate date;
        try {
            date = text.contains("/") ? LocalDate.parse(text, OLD_FORM) : LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
        int year = date.getYear();
        return year <= thisYear && year >= thisYear - PLAUSIBLE_YEARS ? year : null;
    }
}
