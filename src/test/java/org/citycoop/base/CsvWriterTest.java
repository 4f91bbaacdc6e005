package org.citycoop.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV of every export: Excel opens it in UTF-8, every field quoted, formulas made inert, numbers left numbers. */
class CsvWriterTest {

    @Test
    void writesExcelCsvWithFormulasMadeInertAndNumbersKept() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = CsvWriter.start(out, List.of("Name", "Value"));
        csv.row(List.of("=HYPERLINK(\"http://evil\")", "-3.5"));
        csv.row(Arrays.asList("北九州市 \"A\"", null));
        csv.row(List.of("@SUM(A1)", "-1+2"));
        csv.flush();

        assertThat(out.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(out.toString(StandardCharsets.UTF_8).substring(1)).isEqualTo(String.join("\r\n",
                "\"Name\",\"Value\"",
                "\"'=HYPERLINK(\"\"http://evil\"\")\",\"-3.5\"",
                "\"北九州市 \"\"A\"\"\",\"\"",
                "\"'@SUM(A1)\",\"'-1+2\"",
                ""));
    }
}
