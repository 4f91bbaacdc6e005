package org.citycoop.base;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who changed what, when: every state change that matters is recorded here, in the same transaction. */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long projectId, String actor, String action, String detail) {
        jdbc.sql("insert into audit_event (project_id, actor, action, detail) values (:project, :actor, :action, :detail)")
                .param("project", projectId)
                .param("actor", actor)
                .param("action", action)
                .param("detail", detail)
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

    /** A change of reference data (indicators, schemes, ...), which belongs to no project. */
    public void recordReferenceChange(String actor, String action, String detail) {
        jdbc.sql("insert into audit_event (actor, action, detail) values (:actor, :action, :detail)")
                .param("actor", actor)
                .param("action", action)
                .param("detail", detail)
                .update();
    }

    public List<Entry> ofProject(long projectId) {
        return jdbc.sql("select actor, action, detail, occurred_at from audit_event where project_id = :project order by occurred_at, id")
                .param("project", projectId)
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public record Entry(String actor, String action, String detail, Instant occurredAt) {
    }
}
