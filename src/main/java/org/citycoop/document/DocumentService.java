package org.citycoop.document;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.SecurityLog;
import org.citycoop.document.internal.DocumentRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Stores project documents in PostgreSQL. The server enforces the size limit and reads the
 * real type from the content (Apache Tika), whatever the browser claims; the name's extension
 * must agree with it; an Office document must be a plain package ({@link OfficePackage}: no zip
 * bomb, no XML entities); only the last segment of a file name is kept.
 */
@Service
public class DocumentService {

    /** PDF, pictures and office documents (what municipal offices exchange), with the extensions a name of each may have. */
    static final Map<String, Set<String>> ALLOWED_TYPES = Map.of(
            "application/pdf", Set.of("pdf"),
            "image/png", Set.of("png"),
            "image/jpeg", Set.of("jpg", "jpeg"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx"));

    private final DocumentRepository documents;
    private final Tika tika = new Tika();
    private final int maxBytes;
    private final SecurityLog securityLog;

    DocumentService(DocumentRepository documents, @Value("${citycoop.documents.max-bytes:20971520}") int maxBytes,
                    SecurityLog securityLog) {
        this.documents = documents;
        this.securityLog = securityLog;
        this.maxBytes = maxBytes;
    }

    /**
     * Stores a document of a project; {@code field} names the form field in error messages. It becomes
     * the next version of the project's latest document of the same kind, if there is one.
     */
    @Transactional
    public DocumentRef store(long projectId, String kind, String field, String fileName, byte[] content, String uploadedBy) {
        Checked file = check(field, fileName, content);
        return uploaded(projectId, uploadedBy, documents.insert(projectId, kind, file.name(), file.type(), content, uploadedBy));
    }

    /** Stores a document of its own (version 1), whatever else of its kind the project holds. */
    @Transactional
    public DocumentRef storeNew(long projectId, String kind, String field, String fileName, byte[] content, String uploadedBy) {
        Checked file = check(field, fileName, content);
        return uploaded(projectId, uploadedBy, documents.insertFirst(projectId, kind, file.name(), file.type(), content, uploadedBy));
    }

    /**
     * Stores a new version of a document of the project: the version goes up by one and the new file
     * replaces the old one in the list (the old one stays stored). Only the latest version can be replaced.
     */
    @Transactional
    public DocumentRef replace(long projectId, long documentId, String field, String fileName, byte[] content, String uploadedBy) {
        DocumentRef previous = documents.find(projectId, documentId).orElseThrow(() -> new DocumentNotAvailableException(documentId));
        if (documents.isReplaced(previous.id())) {
            throw InvalidInputException.of(field, "document.problem.not-latest", previous.fileName());
        }
        Checked file = check(field, fileName, content);
        return uploaded(projectId, uploadedBy, documents.insertVersionOf(previous.id(), file.name(), file.type(), content, uploadedBy));
    }

    /** The latest version of each document of the project, newest first. The caller checks who may see the project. */
    @Transactional(readOnly = true)
    public List<DocumentRef> latestOf(long projectId) {
        return documents.latestOf(projectId);
    }

    /** A document of the project with its content; {@link DocumentNotAvailableException} for another project's document. */
    @Transactional // not read-only: the download is written to the security log
    public StoredDocument content(long projectId, long documentId, String downloadedBy) {
        DocumentRef ref = documents.find(projectId, documentId).orElseThrow(() -> new DocumentNotAvailableException(documentId));
        securityLog.record(downloadedBy, "DOCUMENT_DOWNLOADED", describe(projectId, ref));
        return new StoredDocument(ref, documents.content(ref.id()));
    }

    private DocumentRef uploaded(long projectId, String uploadedBy, DocumentRef stored) {
        securityLog.record(uploadedBy, "DOCUMENT_UPLOADED", describe(projectId, stored));
        return stored;
    }

    private static String describe(long projectId, DocumentRef document) {
        return "document " + document.id() + " '" + document.fileName() + "' of project " + projectId;
    }

    private Checked check(String field, String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of(field, "document.problem.no-file");
        }
        if (content.length > maxBytes) {
            throw InvalidInputException.of(field, "document.problem.too-large", maxBytes / 1024 / 1024);
        }
        String name = safeName(fileName);
        return new Checked(name, typeOf(field, name, content));
    }

    /** The type the content has, if it is allowed, the name agrees and an Office package is harmless. */
    private String typeOf(String field, String name, byte[] content) {
        // the content decides the type (magic bytes); the name may only confirm it, never make a file pass
        String type = tika.detect(content, name);
        if (!ALLOWED_TYPES.containsKey(type)) {
            throw InvalidInputException.of(field, "document.problem.type");
        }
        String extension = StringUtils.getFilenameExtension(name);
        if (extension == null || !ALLOWED_TYPES.get(type).contains(extension.toLowerCase(Locale.ROOT))) {
            String own = String.join(" / ", ALLOWED_TYPES.get(type).stream().sorted().map(ext -> "." + ext).toList());
            throw InvalidInputException.of(field, "document.problem.extension", name, own);
        }
        if (OfficePackage.isOffice(type)) {
            OfficePackage.problemOf(content, type).ifPresent(problem -> {
                throw InvalidInputException.of(field, "document.problem.office", name, problem);
            });
        }
        return type;
    }

    private record Checked(String name, String type) {
    }

    private static String safeName(String fileName) {
        String name = StringUtils.getFilename(StringUtils.cleanPath(fileName == null ? "" : fileName.replace('\\', '/')));
        return StringUtils.hasText(name) ? name.strip() : "document";
    }
}
