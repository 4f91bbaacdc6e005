package org.citycoop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A printed document read back as a reader's PDF viewer would: its text in reading order (lines
 * top to bottom, the cells of a table row on one line, separated by spaces) and its page count.
 * The PDF is also kept under target/printouts/ to look at.
 */
public record PrintedPdf(byte[] bytes, String text, int pages) {

    /** Has {@code writer} write a PDF and reads it back; {@code name} names the copy kept under target/printouts/. */
    public static PrintedPdf of(String name, Consumer<OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        byte[] bytes = out.toByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            Path copy = Path.of("target", "printouts", name + ".pdf");
            Files.createDirectories(copy.getParent());
            Files.write(copy, bytes);
            return new PrintedPdf(bytes, stripper.getText(pdf), pdf.getNumberOfPages());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The printed document is no readable PDF", unreadable);
        }
    }

    /** The text with every run of white space (line breaks included) made one space, to find a table row or a wrapped text. */
    public String flatText() {
        return text.replaceAll("\\s+", " ");
    }

    /** {@link #flatText()} without the page numbers at the foot of each page: a text running over a page break reads on. */
    public String flatTextAcrossPages() {
        return flatText().replaceAll(" \\d+ / " + pages + "(?= |$)", "");
    }
}
