package org.citycoop.peerlearning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.citycoop.document.DocumentRef;
import org.citycoop.name.Name;
import org.citycoop.name.NameColumns;
import org.citycoop.peerlearning.PracticeSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PracticeRepository {

    private static final String SELECT = """
            select gp.id, gp.project_id, p.code, gp.title, gp.summary_en, gp.summary_ja, p.theme_code, theme.name as theme_name,
                   partner.name_en as city_en, partner.name_ja as city_ja, country.iso2, country.name as country_en,
                   country.name_ja as country_ja, country.region_code, lead.name_en as lead_en, lead.name_ja as lead_ja,
                   gp.published_by, gp.published_at
            from good_practice gp
            join project p on p.id = gp.project_id
            join theme on theme.code = p.theme_code
            join organisation partner on partner.id = p.partner_organisation_id
            join country on country.iso2 = partner.country_iso2
            join organisation lead on lead.id = p.lead_organisation_id
            where gp.unpublished_at is null
            """;

    private final JdbcClient jdbc;

    PracticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PracticeRow> find(long id) {
        return jdbc.sql(SELECT + " and gp.id = :id").param("id", id).query(PracticeRepository::row).optional();
    }

    public boolean publishedFor(long projectId) {
        return jdbc.sql("select exists (select 1 from good_practice where project_id = :project and unpublished_at is null)")
                .param("project", projectId).query(Boolean.class).single();
    }

    /** The project's practice that its lead took out of the library, if any (a project has one practice at most). */
    public Optional<Long> unpublishedOf(long projectId) {
        return jdbc.sql("select id from good_practice where project_id = :project and unpublished_at is not null")
                .param("project", projectId).query(Long.class).optional();
    }

    /** Published practices only, newest first; the text is matched case-insensitively in the title and both summaries. */
    public List<PracticeRow> search(PracticeSearch search, int limit) {
        String text = search.text() == null || search.text().isBlank() ? null
                : "%" + search.text().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(SELECT + """
                         and (cast(:text as varchar) is null or lower(gp.title) like :text
                                or lower(coalesce(gp.summary_en, '')) like :text or lower(coalesce(gp.summary_ja, '')) like :text)
                           and (cast(:theme as varchar) is null or p.theme_code = :theme)
                           and (cast(:country as varchar) is null or country.iso2 = :country)
                         order by gp.published_at desc, gp.id desc limit :limit""")
                .param("text", text)
                .param("theme", blankToNull(search.themeCode()))
                .param("country", blankToNull(search.countryIso2()))
                .param("limit", limit)
                .query(PracticeRepository::row).list();
    }

    /** The practices of projects of this theme, newest first: matching ranks them further. */
    public List<PracticeRow> ofTheme(String themeCode) {
        return jdbc.sql(SELECT + " and p.theme_code = :theme order by gp.published_at desc, gp.id desc")
                .param("theme", themeCode).query(PracticeRepository::row).list();
    }

    public long insert(long projectId, String title, String summaryEn, String summaryJa, String publishedBy) {
        return jdbc.sql("""
                        insert into good_practice (project_id, title, summary_en, summary_ja, published_by)
                        values (:project, :title, :en, :ja, :by) returning id""")
                .param("project", projectId).param("title", title).param("en", summaryEn).param("ja", summaryJa)
                .param("by", publishedBy).query(Long.class).single();
    }

    public void update(long id, String title, String summaryEn, String summaryJa) {
        jdbc.sql("update good_practice set title = :title, summary_en = :en, summary_ja = :ja where id = :id")
                .param("id", id).param("title", title).param("en", summaryEn).param("ja", summaryJa).update();
    }

    /** The practice now shares exactly these documents. */
    public void shareOnly(long practiceId, List<Long> documentIds) {
        jdbc.sql("delete from good_practice_document where practice_id = :practice").param("practice", practiceId).update();
        documentIds.forEach(document -> share(practiceId, document));
    }

    /** Takes the practice out of the library; the row stays, with who withdrew it and when. */
    /** Back in the library as newly published: by whom and when it is now, no longer withdrawn. */
    public void republish(long id, String by) {
        jdbc.sql("""
                        update good_practice set published_by = :by, published_at = now(), unpublished_by = null, unpublished_at = null
                        where id = :id""")
                .param("id", id).param("by", by).update();
    }

    public void unpublish(long id, String by) {
        jdbc.sql("update good_practice set unpublished_by = :by, unpublished_at = now() where id = :id")
                .param("id", id).param("by", by).update();
    }

    public void share(long practiceId, long documentId) {
        jdbc.sql("insert into good_practice_document (practice_id, document_id) values (:practice, :document)")
                .param("practice", practiceId).param("document", documentId).update();
    }

    public List<Long> sharedDocuments(long practiceId) {
        return jdbc.sql("select document_id from good_practice_document where practice_id = :practice order by document_id")
                .param("practice", practiceId).query(Long.class).list();
    }

    /** The versions of the project's documents the practice shares, as they were chosen. */
    public List<DocumentRef> sharedDocumentRefs(long practiceId) {
        return jdbc.sql("""
                        select d.id, d.kind, d.file_name, d.content_type, d.size_bytes, d.version, d.uploaded_by, d.uploaded_at
                        from good_practice_document shared join document d on d.id = shared.document_id
                        where shared.practice_id = :practice order by d.file_name, d.id""")
                .param("practice", practiceId)
                .query((rs, row) -> new DocumentRef(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getInt("size_bytes"), rs.getInt("version"), rs.getString("uploaded_by"),
                        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static PracticeRow row(ResultSet rs, int row) throws SQLException {
        return new PracticeRow(rs.getLong("id"), rs.getLong("project_id"), rs.getString("code"), rs.getString("title"),
                rs.getString("summary_en"), rs.getString("summary_ja"), rs.getString("theme_code"), rs.getString("theme_name"),
                NameColumns.read(rs, "city"), NameColumns.read(rs, "country"), rs.getString("iso2"), rs.getString("region_code"),
                NameColumns.read(rs, "lead"), rs.getString("published_by"), rs.getObject("published_at", OffsetDateTime.class).toInstant());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public record PracticeRow(long id, long projectId, String projectCode, String title, String summaryEn, String summaryJa,
                              String themeCode, String themeName, Name city, Name country,
                              String countryIso2, String regionCode, Name lead, String publishedBy, Instant publishedAt) {
    }
}
