package org.citycoop.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who changed what, when: every state change that matters is recorded here, in the same transaction.
 * A detail in words is given as a {@link Message} (DD035): the row keeps its key and arguments, which the
 * project's history words in the reader's language, and its English text for SQL readers and logs. A
 * detail given as a string is what someone typed or a name, shown as written.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final SecurityLog securityLog;

    AuditTrail(JdbcClient jdbc, SecurityLog securityLog) {
        this.jdbc = jdbc;
        this.securityLog = securityLog;
    }

    public void record(long projectId, String actor, String action, String detail) {
        recordOnlyFor(null, projectId, actor, action, detail);
    }

    public void record(long projectId, String actor, String action, Message detail) {
        recordOnlyFor(null, projectId, actor, action, detail);
    }

    /** A step whose action says it all. */
    public void record(long projectId, String actor, String action) {
        recordOnlyFor(null, projectId, actor, action, (String) null);
    }

    /**
     * An entry of one organisation's own work on the project (a funding agency's review): the
     * project's timeline shows it to that organisation only; the whole trail keeps it.
     */
    public void recordOnlyFor(String organisationCode, long projectId, String actor, String action, String detail) {
        insert(projectId, organisationCode, actor, action, detail, null);
    }

    public void recordOnlyFor(String organisationCode, long projectId, String actor, String action, Message detail) {
        insert(projectId, organisationCode, actor, action, detail == null ? null : detail.toString(), detail);
    }

    private void insert(long projectId, String organisationCode, String actor, String action, String detail, Message worded) {
        jdbc.sql("""
                        insert into audit_event (project_id, actor, action, detail, detail_key, detail_args, only_for_organisation)
                        values (:project, :actor, :action, :detail, :key, :args, :organisation)""")
                .param("project", projectId)
                .param("actor", actor)
                .param("action", action)
                .param("detail", detail)
                .param("key", worded == null ? null : worded.key())
                .param("args", worded == null ? null : StoredMessage.argumentsOf(worded))
                .param("organisation", organisationCode)
                .update();
    }

    /** For the engine's side, which knows a project by its code only; unknown codes are recorded without a project. */
    public void recordForProjectCode(String projectCode, String actor, String action, String detail) {
        insertForProjectCode(projectCode, actor, action, detail, null);
    }

    public void recordForProjectCode(String projectCode, String actor, String action, Message detail) {
        insertForProjectCode(projectCode, actor, action, detail.toString(), detail);
    }

    private void insertForProjectCode(String projectCode, String actor, String action, String detail, Message worded) {
        jdbc.sql("""
                        insert into audit_event (project_id, actor, action, detail, detail_key, detail_args)
                        values ((select id from project where code = :code), :actor, :action, :detail, :key, :args)""")
                .param("code", projectCode)
                .param("actor", actor)
                .param("action", action)
                .param("detail", detail)
                .param("key", worded == null ? null : worded.key())
                .param("args", worded == null ? null : StoredMessage.argumentsOf(worded))
                .update();
    }

    /**
     * A change of reference data (indicators, schemes, imports, ...), which belongs to no project;
     * an administrator's change, so the security log has it too.
     */
    public void recordReferenceChange(String actor, String action, String detail) {
        securityLog.record(actor, action, detail);
        jdbc.sql("insert into audit_event (actor, action, detail) values (:actor, :action, :detail)")
                .param("actor", actor)
                .param("action", action)
                .param("detail", detail)
                .update();
    }

    /** The whole trail of a project, entries for one organisation included. */
    public List<Entry> ofProject(long projectId) {
        return jdbc.sql("select actor, action, detail, occurred_at, detail_key, detail_args from audit_event where project_id = :project order by occurred_at, id")
                .param("project", projectId)
                .query(AuditTrail::entry)
                .list();
    }

    /** The trail of a project as an organisation taking part may read it: without the entries for another organisation only. */
    public List<Entry> ofProjectAsSeenBy(long projectId, String organisationCode) {
        return jdbc.sql("""
                        select actor, action, detail, occurred_at, detail_key, detail_args from audit_event
                        where project_id = :project and (only_for_organisation is null or only_for_organisation = :organisation)
                        order by occurred_at, id""")
                .param("project", projectId)
                .param("organisation", organisationCode)
                .query(AuditTrail::entry)
                .list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                worded(rs.getString(5), rs.getString(6)));
    }

    /** The detail in words of a row read by another module's query (detail_key, detail_args); null when it has none. */
    public static Message worded(String key, String arguments) {
        return key == null ? null : StoredMessage.read(key, arguments);
    }

    /** {@code detail} as written (English for a detail in words), {@code worded} its message, null for one typed or older. */
    public record Entry(String actor, String action, String detail, Instant occurredAt, Message worded) {
    }

    /** A detail in the reader's language when it was recorded in words; as written otherwise. */
    public static String detailIn(Locale locale, String detail, Message worded) {
        return worded == null ? detail : worded.in(locale);
    }
}
