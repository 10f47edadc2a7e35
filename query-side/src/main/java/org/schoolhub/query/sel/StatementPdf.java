package org.schoolhub.query.sel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A statement as a PDF (Apache PDFBox), A4, one line per entry, as many pages as it takes. The
 * standard Helvetica needs no embedded font file; a character it cannot draw (outside Latin-1's
 * reach) is drawn as "?" rather than failing the whole statement.
 */
final class StatementPdf {

    private static final float MARGIN = 50;
    private static final float LINE = 14;
    private static final float[] COLUMNS = {MARGIN, 150, 290, 400};
    private static final float AMOUNT_RIGHT = 480;
    private static final float BALANCE_RIGHT = 545;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;

    private StatementPdf() {
    }

    static byte[] of(Statement statement, StatementLabels labels) {
        StatementPdf pdf = new StatementPdf();
        try (PDDocument document = pdf.document) {
            document.getDocumentInformation().setTitle(labels.get("title"));
            pdf.write(statement, labels);
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Statement statement, StatementLabels labels) throws IOException {
        newPage();
        text(bold, 14, MARGIN, labels.get("title"));
        y -= LINE * 1.5f;
        text(regular, 10, MARGIN, (statement.name() == null ? "" : statement.name() + " - ")
                + statement.from() + " .. " + statement.to());
        y -= LINE * 2;
        header(labels);
        row(regular, statement.from().toString(), "", labels.get("opening"), "", "", statement.openingBalance());
        for (Statement.Entry entry : statement.entries()) {
            row(regular, labels.at(entry.at()), labels.name(entry.counterparty()), entry.memo(), labels.kind(entry.kind()),
                    String.valueOf(entry.amount()), entry.balanceAfter());
        }
        row(bold, statement.to().toString(), "", labels.get("closing"), "", "", statement.closingBalance());
    }

    private void header(StatementLabels labels) throws IOException {
        text(bold, 9, COLUMNS[0], labels.get("date"));
        text(bold, 9, COLUMNS[1], labels.get("counterparty"));
        text(bold, 9, COLUMNS[2], labels.get("memo"));
        text(bold, 9, COLUMNS[3], labels.get("kind"));
        right(bold, 9, AMOUNT_RIGHT, labels.get("amount"));
        right(bold, 9, BALANCE_RIGHT, labels.get("balance"));
        y -= LINE;
    }

    private void row(PDType1Font font, String date, String counterparty, String memo, String kind, String amount,
                     long balance) throws IOException {
        if (y < MARGIN + LINE) {
            page.close();
            newPage();
        }
        text(font, 9, COLUMNS[0], date);
        text(font, 9, COLUMNS[1], fit(font, counterparty, COLUMNS[2] - COLUMNS[1] - 6));
        text(font, 9, COLUMNS[2], fit(font, memo, COLUMNS[3] - COLUMNS[2] - 6));
        text(font, 9, COLUMNS[3], fit(font, kind, AMOUNT_RIGHT - COLUMNS[3] - 40));
        right(font, 9, AMOUNT_RIGHT, amount);
        right(font, 9, BALANCE_RIGHT, String.valueOf(balance));
        y -= LINE;
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = next.getMediaBox().getHeight() - MARGIN;
    }

    private void text(PDType1Font font, float size, float x, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(drawable(font, text));
        page.endText();
    }

    private void right(PDType1Font font, float size, float rightEdge, String text) throws IOException {
        String drawable = drawable(font, text);
        text(font, size, rightEdge - font.getStringWidth(drawable) / 1000 * size, drawable);
    }

    private String fit(PDType1Font font, String text, float width) throws IOException {
        String drawable = drawable(font, text);
        while (!drawable.isEmpty() && font.getStringWidth(drawable) / 1000 * 9 > width) {
            drawable = drawable.substring(0, drawable.length() - 1);
        }
        return drawable;
    }

    private static String drawable(PDType1Font font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String one = Character.isISOControl(c) ? " " : new String(Character.toChars(c));
            try {
                font.encode(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
