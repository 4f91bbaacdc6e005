package org.citycoop.document.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.citycoop.document.DocumentRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DocumentRepository {

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new document, or a new version of the latest document of the same kind for the project. */
    public DocumentRef insert(long projectId, String kind, String fileName, String contentType, byte[] content, String uploadedBy) {
        return jdbc.sql("""
                        with previous as (
                            select id, version from document where project_id = :project and kind = :kind
                            order by version desc limit 1)
                        insert into document (project_id, kind, file_name, content_type, size_bytes, content, version,
                                              replaces_id, uploaded_by)
                        values (:project, :kind, :name, :type, :size, :content,
                                coalesce((select version from previous), 0) + 1, (select id from previous), :uploadedBy)
                        returning id, kind, file_name, content_type, size_bytes, version, uploaded_by, uploaded_at""")
                .param("project", projectId)
                .param("kind", kind)
                .param("name", fileName)
                .param("type", contentType)
                .param("size", content.length)
                .param("content", content)
                .param("uploadedBy", uploadedBy)
                .query((rs, row) -> new DocumentRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .single();
    }

    private static final String REF_COLUMNS = "d.id, d.kind, d.file_name, d.content_type, d.size_bytes, d.version, d.uploaded_by, d.uploaded_at";

    /** A document of its own (version 1), not a version of another. */
    public DocumentRef insertFirst(long projectId, String kind, String fileName, String contentType, byte[] content, String uploadedBy) {
        return jdbc.sql("""
                        insert into document (project_id, kind, file_name, content_type, size_bytes, content, uploaded_by)
                        values (:project, :kind, :name, :type, :size, :content, :uploadedBy)
                        returning id, kind, file_name, content_type, size_bytes, version, uploaded_by, uploaded_at""")
                .param("project", projectId).param("kind", kind).param("name", fileName).param("type", contentType)
                .param("size", content.length).param("content", content).param("uploadedBy", uploadedBy)
                .query(DocumentRepository::ref).single();
    }

    /** The next version of a document: same project and kind, version + 1, replacing it. */
    public DocumentRef insertVersionOf(long previousId, String fileName, String contentType, byte[] content, String uploadedBy) {
        return jdbc.sql("""
                        insert into document (project_id, kind, file_name, content_type, size_bytes, content, version,
                                              replaces_id, uploaded_by)
                        select project_id, kind, :name, :type, :size, :content, version + 1, id, :uploadedBy
                        from document where id = :previous
                        returning id, kind, file_name, content_type, size_bytes, version, uploaded_by, uploaded_at""")
                .param("previous", previousId).param("name", fileName).param("type", contentType)
                .param("size", content.length).param("content", content).param("uploadedBy", uploadedBy)
                .query(DocumentRepository::ref).single();
    }

    /** The latest version of each document of a project (none replaces it), newest first. */
    public List<DocumentRef> latestOf(long projectId) {
        return jdbc.sql("select " + REF_COLUMNS + """
                         from document d
                        where d.project_id = :project
                          and not exists (select 1 from document newer where newer.replaces_id = d.id)
                        order by d.uploaded_at desc, d.id desc""")
                .param("project", projectId).query(DocumentRepository::ref).list();
    }

    /** A document of the project, whether it is the latest version. */
    public Optional<DocumentRef> find(long projectId, long documentId) {
        return jdbc.sql("select " + REF_COLUMNS + " from document d where d.id = :id and d.project_id = :project")
                .param("id", documentId).param("project", projectId).query(DocumentRepository::ref).optional();
    }

    public boolean isReplaced(long documentId) {
        return jdbc.sql("select exists (select 1 from document where replaces_id = :id)").param("id", documentId)
                .query(Boolean.class).single();
    }

    public byte[] content(long documentId) {
        return jdbc.sql("select content from document where id = :id").param("id", documentId).query(byte[].class).single();
    }

    private static DocumentRef ref(ResultSet rs, int row) throws SQLException {
        return new DocumentRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }
}
