package org.schoolhub.service.web;

import java.util.Locale;

/**
 * The text the API accepts in every field (API.md, "Text fields, everywhere"). PostgreSQL cannot
 * store a NUL; an unpaired surrogate cannot be encoded in UTF-8, so it would be stored altered
 * and an identical retry would no longer match what was stored; other C0 controls have no
 * business in names, memos or references. Tab, line feed and carriage return stay allowed.
 */
final class TextRules {

    private TextRules() {
    }

    /** Why this text is refused, or null when it is fine. */
    static String faultIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain the control character " + codePoint(c);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain an unpaired surrogate " + codePoint(c);
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain an unpaired surrogate " + codePoint(c);
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
