package org.citycoop.project.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.citycoop.project.ProjectComment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CommentRepository {

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long projectId, String author, String body, Collection<String> mentions) {
        long id = jdbc.sql("insert into project_comment (project_id, author, body) values (:project, :author, :body) returning id")
                .param("project", projectId).param("author", author).param("body", body).query(Long.class).single();
        mentions.forEach(username -> jdbc.sql("insert into project_comment_mention (comment_id, username) values (:id, :username)")
                .param("id", id).param("username", username).update());
        return id;
    }

    /** The comments of a project, newest first, with their mentions. */
    public List<ProjectComment> ofProject(long projectId) {
        return jdbc.sql("""
                        select c.id, c.author, c.body, c.created_at,
                               coalesce(array_agg(m.username order by m.username) filter (where m.username is not null), '{}')
                        from project_comment c left join project_comment_mention m on m.comment_id = c.id
                        where c.project_id = :project
                        group by c.id order by c.created_at desc, c.id desc""")
                .param("project", projectId)
                .query((rs, row) -> new ProjectComment(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), List.of((String[]) rs.getArray(5).getArray())))
                .list();
    }

    /** Of the given usernames, those of enabled users whose organisation takes part in the project (lead, partner, member of the lead). */
    public Set<String> colleaguesOnProject(long projectId, Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.sql("""
                        select u.username from app_user u
                        join organisation o on o.id = u.organisation_id
                        join project p on p.id = :project
                        where u.username in (:usernames) and u.enabled
                          and (o.id = p.lead_organisation_id or o.id = p.partner_organisation_id
                               or o.cooperative_id = p.lead_organisation_id)""")
                .param("project", projectId).param("usernames", usernames).query(String.class).list());
    }
}
