package org.citycoop.document;

import java.util.Set;
import org.apache.tika.Tika;
import org.citycoop.base.InvalidInputException;
import org.citycoop.document.internal.DocumentRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Stores project documents in PostgreSQL. The server enforces the size limit and reads the
 * real type from the content (Apache Tika), whatever the name or the browser claims; only
 * the last segment of a file name is kept.
 */
@Service
public class DocumentService {

    /** PDF, pictures and office documents: what municipal offices exchange. */
    static final Set<String> ALLOWED_TYPES = Set.of(
            "application/pdf", "image/png", "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private final DocumentRepository documents;
    private final Tika tika = new Tika();
    private final int maxBytes;

    DocumentService(DocumentRepository documents, @Value("${citycoop.documents.max-bytes:20971520}") int maxBytes) {
        this.documents = documents;
        this.maxBytes = maxBytes;
    }

    /** Stores a document of a project; {@code field} names the form field in error messages. */
    @Transactional
    public DocumentRef store(long projectId, String kind, String field, String fileName, byte[] content, String uploadedBy) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of(field, "Document: choose a file to upload.");
        }
        if (content.length > maxBytes) {
            throw InvalidInputException.of(field, "Document: the file is larger than " + (maxBytes / 1024 / 1024)
                    + " MB; upload a smaller file.");
        }
        String name = safeName(fileName);
        String type = tika.detect(content, name);
        if (!ALLOWED_TYPES.contains(type)) {
            throw InvalidInputException.of(field, "Document: upload a PDF, PNG, JPEG or Office (docx, xlsx, pptx) file;"
                    + " the content of this file is not one of those.");
        }
        return documents.insert(projectId, kind, name, type, content, uploadedBy);
    }

    private static String safeName(String fileName) {
        String name = StringUtils.getFilename(StringUtils.cleanPath(fileName == null ? "" : fileName.replace('\\', '/')));
        return StringUtils.hasText(name) ? name.strip() : "document";
    }
}
