package org.schoolhub.query.sel;

import java.nio.charset.StandardCharsets;

/**
 * A statement as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read accents):
 * a header line, the opening balance, the entries, the closing balance. A text a spreadsheet would
 * run as a formula is quoted with a leading apostrophe.
 */
final class StatementCsv {

    private StatementCsv() {
    }

    static byte[] of(Statement statement, StatementLabels labels) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, labels.get("date"), labels.get("counterparty"), labels.get("memo"), labels.get("kind"),
                labels.get("amount"), labels.get("balance"));
        line(csv, statement.from().toString(), "", labels.get("opening"), "", "", String.valueOf(statement.openingBalance()));
        for (Statement.Entry entry : statement.entries()) {
            line(csv, labels.at(entry.at()), labels.name(entry.counterparty()), entry.memo(), labels.kind(entry.kind()),
                    String.valueOf(entry.amount()), String.valueOf(entry.balanceAfter()));
        }
        line(csv, statement.to().toString(), "", labels.get("closing"), "", "", String.valueOf(statement.closingBalance()));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields[i]));
        }
        csv.append("\r\n");
    }

    private static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static boolean isNumber(String text) {
        return text.matches("-?\\d+");
    }
}
