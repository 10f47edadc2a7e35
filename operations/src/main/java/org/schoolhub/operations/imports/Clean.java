package org.schoolhub.operations.imports;

/**
 * The documented normalisation of Stage-0 text: spaces trimmed and runs of white space made one
 * space; an empty value is no value. Text the ledger cannot hold (control characters, unpaired
 * surrogates, longer than its column) is refused, never cut.
 */
record Clean(String value, boolean changed, boolean invalid) {

    static Clean text(String raw, int max) {
        if (raw == null) {
            return new Clean(null, false, false);
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            boolean unpaired = Character.isHighSurrogate(c)
                    ? i + 1 >= raw.length() || !Character.isLowSurrogate(raw.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(raw.charAt(i - 1)));
            if (control || unpaired || c == 0x7f) {
                return new Clean(null, true, true);
            }
        }
        String value = raw.strip().replaceAll("\\s+", " ");
        if (value.codePointCount(0, value.length()) > max) {
            return new Clean(null, true, true);
        }
        return new Clean(value.isEmpty() ? null : value, value.isEmpty() || !value.equals(raw), false);
    }

    boolean missing() {
        return value == null;
    }
}
