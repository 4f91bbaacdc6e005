package org.citycoop.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;

/**
 * One document to upload with a task: label, help, the chosen file kept in memory until the task
 * is submitted, and a line for the server's verdict (the server checks size and real type again).
 */
public class DocumentUploadField extends Div {

    /**
     * The browser's limit, a courtesy for honest users; the upload itself stops reading there
     * ({@link BoundedMemoryUpload}), and the service's limit (citycoop.documents.max-bytes) is the one that counts.
     */
    private static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    private static final String[] ACCEPTED_TYPES = {"application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg",
            ".jpeg", ".docx", ".xlsx", ".pptx"};

    private final Span error = new Span();
    private String fileName;
    private byte[] content;

    public DocumentUploadField(String label, String helpText) {
        Span caption = new Span(label);
        caption.addClassName("fact-label");
        Span help = new Span(helpText);
        help.addClassName("fact-label");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);

        Upload upload = new Upload(new BoundedMemoryUpload(MAX_FILE_BYTES, (name, bytes) -> {
            fileName = name;
            content = bytes;
            error.setVisible(false);
        }, name -> {
            fileName = null;
            content = null;
            showError(getTranslation("document.upload.rejected", label, name));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(ACCEPTED_TYPES);
        upload.setUploadButton(new Button(getTranslation("document.upload.choose")));
        upload.setDropLabel(new Span(getTranslation("document.upload.drop")));
        upload.setWidthFull();
        upload.addFileRemovedListener(removed -> {
            fileName = null;
            content = null;
        });
        upload.addFileRejectedListener(rejected -> showError(getTranslation("document.upload.rejected", label,
                rejected.getFileName())));

        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        add(caption, upload, help, error);
    }

    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    public String fileName() {
        return fileName;
    }

    /** The chosen file's bytes, or null when none was chosen. */
    public byte[] content() {
        return content;
    }
}
