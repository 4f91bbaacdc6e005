package org.citycoop.base;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file (UTF-8, a header row, commas, quoted fields allowed) read into rows by
 * column name. A file that cannot be read as such is refused as a whole with the reason.
 */
public final class CsvTable {

    /** Larger files are refused before they are parsed; a register of 10,000 projects is well below. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    /** The file's rows; refused when it is not UTF-8, too large, or its header lacks one of {@code columns}. */
    public static CsvTable read(byte[] file, List<String> columns) {
        if (file.length > MAX_BYTES) {
            throw ImportRejectedException.ofFile("problem.import.too-large");
        }
        String text = utf8(file);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            // spreadsheet programs write one when they save "CSV UTF-8"
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                // spreadsheets often save empty columns after the last named one
                .setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> missing = columns.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw ImportRejectedException.ofFile("problem.import.header",
                        String.join(", ", missing), String.join(",", columns));
            }
            List<Row> rows = new ArrayList<>();
            LineCounter lines = new LineCounter(text);
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw ImportRejectedException.ofFile("problem.import.too-many-rows", MAX_ROWS);
                }
                rows.add(new Row(lines.lineAt(record.getCharacterPosition()), values(record, columns)));
            }
            return new CsvTable(rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw ImportRejectedException.ofFile("problem.import.not-csv", unreadable.getMessage());
        }
    }

    public List<Row> rows() {
        return rows;
    }

    private static String utf8(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw ImportRejectedException.ofFile("problem.import.not-utf8");
        }
    }

    private static Map<String, String> values(CSVRecord record, List<String> columns) {
        Map<String, String> values = new HashMap<>();
        for (String column : columns) {
            values.put(column, record.isSet(column) ? record.get(column).strip() : "");
        }
        return values;
    }

    /**
     * The line of a character position, counted forward from the previous call: a quoted field
     * may span lines, so a row's line is not its record number.
     */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long characterPosition) {
            for (; position < characterPosition && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** A data row: {@code line} is the file's line on which the row starts (the header is line 1). */
    public record Row(int line, Map<String, String> values) {

        public String get(String column) {
            return values.get(column);
        }
    }
}
