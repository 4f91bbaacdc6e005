package org.citycoop.base;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV as every CityCoop export writes it, for Excel: UTF-8 with a byte-order mark (so Japanese names
 * open correctly), a header row, every field quoted (RFC 4180, CRLF). Text that a spreadsheet would
 * read as a formula gets a leading apostrophe (OWASP "CSV injection").
 */
public final class CsvWriter implements Flushable {

    /** Excel's dialect (CRLF), every field quoted. */
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setQuoteMode(QuoteMode.ALL).get();

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CSVPrinter csv;

    private CsvWriter(CSVPrinter csv) {
        this.csv = csv;
    }

    /** Starts the file on {@code out}: the byte-order mark and the header row. */
    public static CsvWriter start(OutputStream out, List<String> header) {
        try {
            out.write(BOM);
            CsvWriter writer = new CsvWriter(new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), FORMAT));
            writer.row(header);
            return writer;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** One record; {@code null} is written as an empty field. */
    public void row(List<String> values) {
        try {
            csv.printRecord(values.stream().map(CsvWriter::inert).toList());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void flush() {
        try {
            csv.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * A text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe;
     * a plain number such as -3.5 stays a number.
     */
    static String inert(String value) {
        String text = value == null ? "" : value;
        boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(text).matches();
        return formula ? "'" + text : text;
    }
}
