package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.DocumentUploadField;
import org.citycoop.base.ui.Formats;
import org.citycoop.document.DocumentRef;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectDocumentService;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;

/**
 * The partner portal's documents: the latest version of each document of the city's projects, one
 * large card each to download, and a form to upload a document to one of those projects. The same
 * service as the project page checks who may, on every download and upload.
 */
class PartnerDocuments extends Div {

    private final ProjectDocumentService documents;
    private final CurrentUser currentUser;
    private final List<Project> projects;

    PartnerDocuments(List<Project> projects, ProjectDocumentService documents, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
        this.projects = projects;
        addClassNames("partner-section", "partner-documents");
        render();
    }

    private void render() {
        removeAll();
        add(new H3(getTranslation("partner-portal.documents")));
        boolean none = true;
        for (Project project : projects) {
            List<DocumentRef> found = documents.documentsOf(project.code(), currentUser.require());
            if (!found.isEmpty()) {
                none = false;
                add(new H4(getTranslation("partner-portal.documents.project", project.code(), project.title())));
                found.forEach(document -> add(card(project.code(), document)));
            }
        }
        if (none) {
            add(new Paragraph(getTranslation("partner-portal.documents.none")));
        }
        if (!projects.isEmpty()) {
            add(uploadForm());
        }
    }

    private Anchor card(String code, DocumentRef document) {
        Anchor card = new Anchor(ProjectDocuments.download(documents, code, document.id(), currentUser), AttachmentType.DOWNLOAD, "");
        card.addClassNames("partner-card", "partner-document");
        card.add(new Span(document.fileName()));
        Span meta = new Span(getTranslation("partner-portal.documents.meta", document.version(), document.uploadedBy(),
                Formats.dateTime(document.uploadedAt()), Math.max(1, document.sizeBytes() / 1024)));
        meta.addClassName("partner-card-line");
        card.add(meta);
        return card;
    }

    private Div uploadForm() {
        Select<Project> project = new Select<>();
        project.setLabel(getTranslation("partner-portal.upload.project"));
        project.setItems(projects);
        project.setItemLabelGenerator(choice -> choice.code() + " · " + choice.title());
        project.setWidthFull();
        if (projects.size() == 1) {
            project.setValue(projects.get(0));
        }
        DocumentUploadField file = new DocumentUploadField(getTranslation("partner-portal.upload.file"),
                getTranslation("document.upload.help"));
        file.setWidthFull();
        Button upload = new Button(getTranslation("partner-portal.upload.submit"), click -> upload(project, file));
        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div form = new Div(new H4(getTranslation("partner-portal.upload")), project, file, upload);
        form.addClassName("partner-document-form");
        return form;
    }

    private void upload(Select<Project> project, DocumentUploadField file) {
        if (project.isEmpty()) {
            project.setErrorMessage(getTranslation("partner-portal.upload.project.required"));
            project.setInvalid(true);
            return;
        }
        project.setInvalid(false);
        try {
            DocumentRef stored = documents.upload(project.getValue().code(), file.fileName(), file.content(), currentUser.require());
            TaskScreens.confirm(getTranslation("partner-portal.uploaded", stored.fileName(), project.getValue().code()));
            render();
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(new ServerProblems().field("file", file::showError).show(refused));
        }
    }
}
