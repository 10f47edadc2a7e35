package org.schoolhub.service.web;

import java.text.ParseException;
import java.time.Instant;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.format.datetime.standard.InstantFormatter;

/**
 * Reads an instant parameter ({@code ?at=}) as Spring does, and refuses one outside
 * {@link InstantRange}: the binding fails, and the 400 names the parameter.
 */
final class BoundedInstantFormatter implements Formatter<Instant> {

    private final InstantFormatter spring = new InstantFormatter();

    @Override
    public Instant parse(String text, Locale locale) throws ParseException {
        return InstantRange.check(spring.parse(text, locale));
    }

    @Override
    public String print(Instant instant, Locale locale) {
        return spring.print(instant, locale);
    }
}
