package org.citycoop.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.citycoop.base.CsvWriter;
import org.springframework.http.ContentDisposition;

/**
 * "Download as CSV" for the rows a screen shows (a chart's table, say), in the format of every
 * CityCoop export ({@link CsvWriter}). The rows are what the screen already read through its
 * service, with that service's access check; the link works only in the session that shows it.
 */
public final class CsvDownload {

    private CsvDownload() {
    }

    /** A link with a download icon and {@code text} that saves {@code rows} under {@code header} as {@code fileName}. */
    public static Anchor link(String text, String fileName, List<String> header, Supplier<List<List<String>>> rows) {
        DownloadHandler download = event -> {
            event.setContentType("text/csv;charset=UTF-8");
            event.getResponse().setHeader("Content-Disposition",
                    ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
            CsvWriter csv = CsvWriter.start(event.getOutputStream(), header);
            rows.get().forEach(csv::row);
            csv.flush();
        };
        Anchor link = new Anchor();
        link.setHref(download, AttachmentType.DOWNLOAD);
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(text));
        link.addClassName("csv-download");
        return link;
    }
}
