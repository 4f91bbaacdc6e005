package org.citycoop.project;

import java.util.List;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.Message;
import org.citycoop.document.DocumentRef;
import org.citycoop.document.DocumentService;
import org.citycoop.document.StoredDocument;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a project on its page: the latest version of each, uploading a new one or a new
 * version, and the content to download, for whoever's organisation takes part in the project
 * (another organisation gets {@link ProjectNotAvailableException}, whatever document id it tries).
 */
@Service
public class ProjectDocumentService {

    static final String KIND = "PROJECT_FILE";
    private static final String FIELD = "file";

    private final ProjectService projects;
    private final DocumentService documents;
    private final AuditTrail audit;

    ProjectDocumentService(ProjectService projects, DocumentService documents, AuditTrail audit) {
        this.projects = projects;
        this.documents = documents;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<DocumentRef> documentsOf(String code, CityCoopUser user) {
        return documents.latestOf(projects.require(code, user).id());
    }

    /** A document of its own on the project; the field in errors is {@code file}. */
    @Transactional
    public DocumentRef upload(String code, String fileName, byte[] content, CityCoopUser user) {
        Project project = projects.require(code, user);
        DocumentRef stored = documents.storeNew(project.id(), KIND, FIELD, fileName, content, user.getUsername());
        audit.record(project.id(), user.getUsername(), "DOCUMENT_UPLOADED", stored.fileName());
        return stored;
    }

    /** A new version of one of the project's documents; the field in errors is {@code file}. */
    @Transactional
    public DocumentRef replace(String code, long documentId, String fileName, byte[] content, CityCoopUser user) {
        Project project = projects.require(code, user);
        DocumentRef stored = documents.replace(project.id(), documentId, FIELD, fileName, content, user.getUsername());
        audit.record(project.id(), user.getUsername(), "DOCUMENT_REPLACED",
                Message.of("audit-detail.document.version", stored.fileName(), stored.version()));
        return stored;
    }

    @Transactional // not read-only: the download is written to the security log
    public StoredDocument download(String code, long documentId, CityCoopUser user) {
        return documents.content(projects.require(code, user).id(), documentId, user.getUsername());
    }
}
