package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An optional document with its label, help and a line for its problem. The file stays in memory
 * until the form is submitted; the browser's limits are hints, the server checks size and real
 * type again (DocumentService).
 */
final class DocumentField extends Div {

    private static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    private static final String[] ACCEPTED = {"application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg",
            ".docx", ".xlsx", ".pptx"};

    private final Span problem = new Span();
    private String fileName;
    private byte[] content;

    DocumentField(String labelKey, String helpKey) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span help = new Span(getTranslation(helpKey));
        help.addClassName("fact-label");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            fileName = metadata.fileName();
            content = bytes;
            problem.setVisible(false);
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setUploadButton(new Button(getTranslation("document.choose")));
        upload.setDropLabel(new Span(getTranslation("document.drop")));
        upload.setWidthFull();
        upload.addFileRemovedListener(removed -> {
            fileName = null;
            content = null;
        });
        upload.addFileRejectedListener(rejected -> showProblem(getTranslation("document.rejected", rejected.getFileName())));

        add(label, upload, help, problem);
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
    }

    String fileName() {
        return fileName;
    }

    /** The chosen file's bytes, or null when none was chosen. */
    byte[] content() {
        return content;
    }

    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
