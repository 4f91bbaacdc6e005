package org.citycoop.project.internal;

import java.util.List;
import org.citycoop.name.NameColumns;
import org.citycoop.project.ParticipantRole;
import org.citycoop.project.ProjectParticipant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ParticipantRepository {

    private final JdbcClient jdbc;

    ParticipantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Invites the organisation; false when it takes part already as an invited organisation. */
    public boolean insert(long projectId, String organisationCode, ParticipantRole role, String invitedBy) {
        return jdbc.sql("""
                        insert into project_participant (project_id, organisation_id, role, invited_by)
                        values (:project, (select id from organisation where code = :organisation), :role, :invitedBy)
                        on conflict (project_id, organisation_id) do nothing""")
                .param("project", projectId).param("organisation", organisationCode).param("role", role.name())
                .param("invitedBy", invitedBy).update() == 1;
    }

    public List<ProjectParticipant> of(long projectId) {
        return jdbc.sql("""
                        select o.code, o.name_en as organisation_name_en, o.name_ja as organisation_name_ja, pp.role,
                               pp.invited_by, pp.invited_at
                        from project_participant pp join organisation o on o.id = pp.organisation_id
                        where pp.project_id = :project order by pp.invited_at, o.code""")
                .param("project", projectId)
                .query((rs, row) -> new ProjectParticipant(rs.getString("code"), NameColumns.read(rs, "organisation_name"),
                        ParticipantRole.valueOf(rs.getString("role")), rs.getString("invited_by"), rs.getTimestamp("invited_at").toInstant()))
                .list();
    }
}
