package org.citycoop.document.internal;

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
}
