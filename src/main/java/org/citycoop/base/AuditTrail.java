package org.citycoop.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who changed what, when: every state change that matters is recorded here, in the same transaction. */
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

    /**
     * An entry of one organisation's own work on the project (a funding agency's review): the
     * project's timeline shows it to that organisation only; the whole trail keeps it.
     */
    public void recordOnlyFor(String organisationCode, long projectId, String actor, String action, String detail) {
        jdbc.sql("""
                        insert into audit_event (project_id, actor, action, detail, only_for_organisation)
                        values (:project, :actor, :action, :detail, :organisation)""")
                .param("project", projectId)
                .param("actor", actor)
                .param("action", action)
                .param("detail", detail)
                .param("organisation", organisationCode)
                .update();
    }

    /** For the engine's side, which knows a project by its code only; unknown codes are recorded without a project. */
    public void recordForProjectCode(String projectCode, String actor, String action, String detail) {
        jdbc.sql("""
                        insert into audit_event (project_id, actor, action, detail)
                        values ((select id from project where code = :code), :actor, :action, :detail)""")
                .param("code", projectCode)
                .param("actor", actor)
                .param("action", action)
                .param("detail", detail)
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
        return jdbc.sql("select actor, action, detail, occurred_at from audit_event where project_id = :project order by occurred_at, id")
                .param("project", projectId)
                .query(AuditTrail::entry)
                .list();
    }

    /** The trail of a project as an organisation taking part may read it: without the entries for another organisation only. */
    public List<Entry> ofProjectAsSeenBy(long projectId, String organisationCode) {
        return jdbc.sql("""
                        select actor, action, detail, occurred_at from audit_event
                        where project_id = :project and (only_for_organisation is null or only_for_organisation = :organisation)
                        order by occurred_at, id""")
                .param("project", projectId)
                .param("organisation", organisationCode)
                .query(AuditTrail::entry)
                .list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant());
    }

    public record Entry(String actor, String action, String detail, Instant occurredAt) {
    }
}
