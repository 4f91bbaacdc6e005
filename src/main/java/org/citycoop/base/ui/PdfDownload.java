package org.citycoop.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.citycoop.base.NotAvailableException;
import org.springframework.http.ContentDisposition;

/**
 * "Print … (PDF)": a link that has a printable document written when it is clicked. The document's
 * service checks, on every download, that the signed-in user may see it; a refusal answers 404 and
 * no document. The PDF is written in full before it is sent, so a failure never leaves half a file.
 */
public final class PdfDownload {

    private PdfDownload() {
    }

    /**
     * A link with a print icon and {@code text} that saves what {@code document} writes as {@code fileName};
     * {@code document} is given the language of the screen that shows the link.
     */
    public static Anchor link(String text, String fileName, BiConsumer<Locale, OutputStream> document) {
        Locale locale = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.ENGLISH);
        DownloadHandler download = event -> send(event, fileName, out -> document.accept(locale, out));
        Anchor link = new Anchor();
        link.setHref(download, AttachmentType.DOWNLOAD);
        link.add(VaadinIcon.PRINT.create(), new Span(text));
        link.addClassName("pdf-download");
        // the icon beside its text, as in the CSV links (inline: a theme rule would mean rebuilding the committed bundles)
        link.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        return link;
    }

    private static void send(DownloadEvent event, String fileName, Consumer<OutputStream> document) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            document.accept(pdf);
        } catch (NotAvailableException refused) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setContentType("application/pdf");
        event.setContentLength(pdf.size());
        event.getResponse().setHeader("Content-Disposition",
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
        pdf.writeTo(event.getOutputStream());
    }
}
