package org.citycoop.base.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A printed document laid out as municipal offices file them, on A4: a title block (project code
 * and date of issue top right, the organisation, the title centred), then headings, key-value
 * tables, tables and paragraphs, and "page / pages" at the foot of every page. Long texts wrap
 * (between words, or between any two Japanese characters); a table that does not fit continues on
 * the next page under its header row again. One use: add content, then {@link #writeTo}.
 */
public final class OfficialDocument {

    /** A column of a table: its header, its share of the width, and whether its values are amounts (set right). */
    public record Column(String header, float share, boolean amounts) {

        public static Column text(String header, float share) {
            return new Column(header, share, false);
        }

        public static Column amount(String header, float share) {
            return new Column(header, share, true);
        }
    }

    /** One row of a key-value table. */
    public record Fact(String label, String value) {
    }

    private static final float MARGIN = 56;           // about 20 mm, the margin a filing punch leaves alone
    private static final float FOOTER = 36;
    private static final float BODY = 10;
    private static final float LEADING = 14;
    private static final float PAD = 4;
    private static final float TITLE = 18;
    private static final float HEADING = 12.5f;
    private static final Color RULE = new Color(0x55, 0x55, 0x55);
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument pdf = new PDDocument();
    private final PrintTexts texts;
    private final PdfText text;
    private PDPageContentStream page;
    private float y;

    private OfficialDocument(PrintTexts texts) {
        this.texts = texts;
        this.text = new PdfText(loadFont(pdf));
        pdf.getDocumentCatalog().setLanguage(texts.locale().toLanguageTag());
        pdf.getDocumentInformation().setCreator("CityCoop");
        newPage();
    }

    /**
     * A document with its title block: {@code title} of the document, the {@code organisation} that
     * issues it, the project's code and title, and the day it is issued.
     */
    public static OfficialDocument titled(PrintTexts texts, String title, String organisation, String projectCode,
                                          String projectTitle, LocalDate issuedOn) {
        OfficialDocument document = new OfficialDocument(texts);
        document.pdf.getDocumentInformation().setTitle(title + " " + projectCode);
        document.titleBlock(title, organisation, projectCode, projectTitle, issuedOn);
        return document;
    }

    private void titleBlock(String title, String organisation, String projectCode, String projectTitle, LocalDate issuedOn) {
        lineRight(texts.get("print.project-code", projectCode), BODY);
        lineRight(texts.get("print.issued-on", texts.date(issuedOn)), BODY);
        y -= LEADING / 2;
        for (String line : text.wrap(organisation, BODY + 1, WIDTH)) {
            write(line, MARGIN, y - BODY - 1, BODY + 1);
            y -= LEADING + 1;
        }
        y -= LEADING;
        for (String line : text.wrap(title, TITLE, WIDTH)) {
            write(line, MARGIN + (WIDTH - text.width(line, TITLE)) / 2, y - TITLE, TITLE);
            y -= TITLE + 8;
        }
        for (String line : text.wrap(projectTitle, BODY + 2, WIDTH)) {
            write(line, MARGIN + (WIDTH - text.width(line, BODY + 2)) / 2, y - BODY - 2, BODY + 2);
            y -= LEADING + 2;
        }
        y -= 6;
        rule(1f);
        y -= LEADING;
    }

    /** A section heading; kept with at least three lines of what follows. */
    public OfficialDocument heading(String heading) {
        List<String> lines = text.wrap(heading, HEADING, WIDTH);
        ensureRoom(lines.size() * (HEADING + 6) + 3 * LEADING + 2 * PAD);
        y -= 4;
        for (String line : lines) {
            write(line, MARGIN, y - HEADING, HEADING);
            y -= HEADING + 4;
        }
        y -= 2;
        rule(0.5f);
        y -= 6;
        return this;
    }

    /** Free text (line breaks kept), wrapped to the width, continued on the next page when needed. */
    public OfficialDocument paragraph(String paragraph) {
        for (String line : text.wrap(paragraph, BODY, WIDTH)) {
            ensureRoom(LEADING);
            write(line, MARGIN, y - BODY, BODY);
            y -= LEADING;
        }
        y -= LEADING / 2;
        return this;
    }

    /** Labels (shaded) and their values, two columns. */
    public OfficialDocument facts(List<Fact> facts) {
        List<Column> columns = List.of(Column.text("", 0.32f), Column.text("", 0.68f));
        List<List<String>> rows = facts.stream().map(fact -> List.of(fact.label(), fact.value())).toList();
        grid(columns, rows, false);
        return this;
    }

    /** A table with a header row, repeated on each page it runs onto; {@code rows} in the order of {@code columns}. */
    public OfficialDocument table(List<Column> columns, List<List<String>> rows) {
        grid(columns, rows, true);
        return this;
    }

    /** Numbers the pages ("1 / 2") and writes the PDF; the document is closed afterwards. */
    public void writeTo(OutputStream out) {
        try (pdf) {
            page.close();
            int pages = pdf.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(pdf, pdf.getPage(i), AppendMode.APPEND, true, true)) {
                    String number = texts.get("print.page", i + 1, pages);
                    footer.beginText();
                    footer.setFont(text.font(), BODY - 1);
                    footer.newLineAtOffset(MARGIN + (WIDTH - text.width(number, BODY - 1)) / 2, FOOTER - 12);
                    footer.showText(number);
                    footer.endText();
                }
            }
            pdf.save(out);
        } catch (IOException failed) {
            throw new UncheckedIOException("The PDF could not be written", failed);
        }
    }

    // ---- tables --------------------------------------------------------------------------------

    private void grid(List<Column> columns, List<List<String>> rows, boolean header) {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).share() * WIDTH;
        }
        List<String> headers = columns.stream().map(Column::header).toList();
        if (header) {
            // a header row stays with (the start of) the first row
            int firstLines = rows.isEmpty() ? 0 : wrapped(rows.get(0), widths).stream().mapToInt(List::size).max().orElse(1);
            ensureRoom(heightOf(wrapped(headers, widths)) + Math.min(firstLines, 3) * LEADING + 2 * PAD);
            row(columns, widths, wrapped(headers, widths), Shading.ALL);
        }
        for (List<String> cells : rows) {
            List<List<String>> lines = wrapped(cells, widths);
            int total = lines.stream().mapToInt(List::size).max().orElse(1);
            int done = 0;
            while (done < total) {
                int room = (int) ((y - bottom() - 2 * PAD) / LEADING);
                int linesOnFreshPage = (int) ((top() - bottom() - 2 * PAD - (header ? LEADING + 2 * PAD : 0)) / LEADING);
                boolean keepWhole = done == 0 && total <= linesOnFreshPage;
                if (room < 1 || (keepWhole && room < total)) {
                    continueOnNextPage(columns, widths, headers, header);
                    continue;
                }
                int count = Math.min(room, total - done);
                row(columns, widths, slice(lines, done, count), header ? Shading.NONE : Shading.FIRST_COLUMN);
                done += count;
                if (done < total) {
                    continueOnNextPage(columns, widths, headers, header);
                }
            }
        }
        y -= LEADING;
    }

    private void continueOnNextPage(List<Column> columns, float[] widths, List<String> headers, boolean header) {
        newPage();
        if (header) {
            row(columns, widths, wrapped(headers, widths), Shading.ALL);
        }
    }

    private List<List<String>> wrapped(List<String> cells, float[] widths) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            lines.add(text.wrap(i < cells.size() ? cells.get(i) : "", BODY, widths[i] - 2 * PAD));
        }
        return lines;
    }

    private static List<List<String>> slice(List<List<String>> lines, int from, int count) {
        return lines.stream().map(cell -> cell.subList(Math.min(from, cell.size()), Math.min(from + count, cell.size()))).toList();
    }

    /** Which cells of a row are shaded: all of a header row, the labels of a key-value table. */
    private enum Shading { NONE, FIRST_COLUMN, ALL }

    /** One row, or the part of it that fits on the page. */
    private void row(List<Column> columns, float[] widths, List<List<String>> lines, Shading shading) {
        float height = heightOf(lines);
        float x = MARGIN;
        try {
            for (int i = 0; i < widths.length; i++) {
                if (shading == Shading.ALL || (shading == Shading.FIRST_COLUMN && i == 0)) {
                    page.setNonStrokingColor(SHADE);
                    page.addRect(x, y - height, widths[i], height);
                    page.fill();
                    page.setNonStrokingColor(Color.BLACK);
                }
                page.setStrokingColor(RULE);
                page.setLineWidth(0.5f);
                page.addRect(x, y - height, widths[i], height);
                page.stroke();
                float lineY = y - PAD - BODY;
                for (String line : lines.get(i)) {
                    float left = columns.get(i).amounts()
                            ? x + widths[i] - PAD - text.width(line, BODY) : x + PAD;
                    write(line, left, lineY, BODY);
                    lineY -= LEADING;
                }
                x += widths[i];
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        y -= height;
    }

    private static float heightOf(List<List<String>> lines) {
        return Math.max(1, lines.stream().mapToInt(List::size).max().orElse(1)) * LEADING + 2 * PAD;
    }

    // ---- pages and lines ---------------------------------------------------------------------

    private void ensureRoom(float height) {
        if (y - height < bottom()) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            pdf.addPage(next);
            page = new PDPageContentStream(pdf, next);
            y = top();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static float top() {
        return PDRectangle.A4.getHeight() - MARGIN;
    }

    private static float bottom() {
        return MARGIN + FOOTER - 20;
    }

    private void lineRight(String line, float size) {
        write(line, MARGIN + WIDTH - text.width(line, size), y - size, size);
        y -= LEADING;
    }

    private void rule(float width) {
        try {
            page.setStrokingColor(RULE);
            page.setLineWidth(width);
            page.moveTo(MARGIN, y);
            page.lineTo(MARGIN + WIDTH, y);
            page.stroke();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void write(String line, float x, float baseline, float size) {
        try {
            page.beginText();
            page.setFont(text.font(), size);
            page.newLineAtOffset(x, baseline);
            page.showText(line);
            page.endText();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** IPAex Gothic, shipped in the jar (DD024); only the glyphs a document uses are embedded. */
    private static PDType0Font loadFont(PDDocument pdf) {
        try (InputStream font = OfficialDocument.class.getResourceAsStream("/fonts/ipaexg.ttf")) {
            if (font == null) {
                throw new IllegalStateException("The font fonts/ipaexg.ttf is missing from the application");
            }
            return PDType0Font.load(pdf, font, true);
        } catch (IOException failed) {
            throw new UncheckedIOException("The font fonts/ipaexg.ttf could not be read", failed);
        }
    }
}
