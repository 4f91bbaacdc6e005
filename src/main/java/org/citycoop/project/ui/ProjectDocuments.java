package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.DocumentUploadField;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.document.DocumentRef;
import org.citycoop.document.StoredDocument;
import org.citycoop.project.ProjectDocumentService;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.springframework.http.ContentDisposition;

/**
 * The project's documents: the latest version of each, to download as an attachment, and a form
 * to upload a new document or a new version of one. The server checks who may, on every download too.
 */
class ProjectDocuments extends Div {

    private final String code;
    private final ProjectDocumentService documents;
    private final CurrentUser currentUser;
    private final Runnable changed;

    ProjectDocuments(String code, ProjectDocumentService documents, CurrentUser currentUser, Runnable changed) {
        this.code = code;
        this.documents = documents;
        this.currentUser = currentUser;
        this.changed = changed;
        setWidthFull();
        List<DocumentRef> found = documents.documentsOf(code, currentUser.require());
        add(FactCards.section("project-documents", getTranslation("projectpage.documents"), list(found), form(found)));
    }

    private Div list(List<DocumentRef> found) {
        if (found.isEmpty()) {
            return new Div(new Paragraph(getTranslation("projectpage.documents.none")));
        }
        UnorderedList list = new UnorderedList();
        found.forEach(document -> {
            Anchor download = new Anchor(download(documents, code, document.id(), currentUser), AttachmentType.DOWNLOAD,
                    document.fileName());
            Span meta = new Span(getTranslation("projectpage.documents.meta", document.version(), document.uploadedBy(),
                    Formats.dateTime(document.uploadedAt()), Math.max(1, document.sizeBytes() / 1024)));
            meta.addClassName("entry-meta");
            list.add(new ListItem(download, meta));
        });
        Div wrapper = new Div(list);
        wrapper.getStyle().set("grid-column", "1 / -1");
        return wrapper;
    }

    /** The document as an attachment with its checked content type; the service checks who may, on every download. */
    static DownloadHandler download(ProjectDocumentService documents, String code, long documentId, CurrentUser currentUser) {
        return event -> {
            StoredDocument document = documents.download(code, documentId, currentUser.require());
            event.setContentType(document.ref().contentType());
            event.setContentLength(document.content().length);
            event.getResponse().setHeader("Content-Disposition", ContentDisposition.attachment()
                    .filename(document.ref().fileName(), StandardCharsets.UTF_8).build().toString());
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getOutputStream().write(document.content());
        };
    }

    private Div form(List<DocumentRef> found) {
        Select<Optional<DocumentRef>> replaces = new Select<>();
        replaces.setLabel(getTranslation("projectpage.documents.replaces"));
        replaces.setItemLabelGenerator(choice -> choice.map(document -> getTranslation("projectpage.documents.version-of",
                document.fileName(), document.version())).orElse(getTranslation("projectpage.documents.new")));
        List<Optional<DocumentRef>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        found.forEach(document -> choices.add(Optional.of(document)));
        replaces.setItems(choices);
        replaces.setValue(Optional.empty());
        replaces.setWidthFull();
        DocumentUploadField file = new DocumentUploadField(getTranslation("projectpage.documents.file"),
                getTranslation("document.upload.help"));
        file.setWidthFull();
        Button upload = new Button(getTranslation("projectpage.documents.upload"), click -> upload(replaces.getValue(), file));
        Div form = new Div(replaces, file, upload);
        form.addClassName("project-document-form");
        form.getStyle().set("grid-column", "1 / -1").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)").set("align-items", "flex-start");
        return form;
    }

    private void upload(Optional<DocumentRef> replaces, DocumentUploadField file) {
        try {
            DocumentRef stored = replaces.isPresent()
                    ? documents.replace(code, replaces.get().id(), file.fileName(), file.content(), currentUser.require())
                    : documents.upload(code, file.fileName(), file.content(), currentUser.require());
            TaskScreens.confirm(getTranslation("projectpage.documents.uploaded", stored.fileName(), stored.version()));
            changed.run();
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(new ServerProblems().field("file", file::showError).show(refused));
        }
    }
}
