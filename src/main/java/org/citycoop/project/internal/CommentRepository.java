package org.citycoop.project.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.citycoop.project.Mention;
import org.citycoop.project.ProjectComment;
import org.citycoop.workflow.WorkTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CommentRepository {

    /** The user {@code u} (joined with organisation {@code o}) belongs to an organisation taking part in project {@code p}. */
    private static final String TAKES_PART = """
            (o.id = p.lead_organisation_id or o.id = p.partner_organisation_id or o.cooperative_id = p.lead_organisation_id)""";

    private static final String COMMENTS = """
            select c.id, c.author, c.body, c.created_at,
                   coalesce(array_agg(m.username order by m.username) filter (where m.username is not null), '{}'),
                   c.task_id, c.task_definition_key, c.task_name
            from project_comment c left join project_comment_mention m on m.comment_id = c.id
            """;

    private static final String MENTIONS = """
            select c.id, p.code, p.title, c.task_id, c.task_definition_key, c.task_name, c.author, c.body, c.created_at, m.read_at is not null
            from project_comment_mention m
            join project_comment c on c.id = m.comment_id
            join project p on p.id = c.project_id
            join app_user u on u.username = m.username
            join organisation o on o.id = u.organisation_id
            where m.username = :username and """ + TAKES_PART;

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A comment on the project, or on one of its tasks when {@code task} is not null. */
    public long insert(long projectId, WorkTask task, String author, String body, Collection<String> mentions) {
        long id = jdbc.sql("""
                        insert into project_comment (project_id, task_id, task_definition_key, task_name, author, body)
                        values (:project, :taskId, :taskKey, :taskName, :author, :body) returning id""")
                .param("project", projectId).param("taskId", task == null ? null : task.id())
                .param("taskKey", task == null ? null : task.taskDefinitionKey())
                .param("taskName", task == null ? null : task.name())
                .param("author", author).param("body", body).query(Long.class).single();
        mentions.forEach(username -> jdbc.sql("insert into project_comment_mention (comment_id, username) values (:id, :username)")
                .param("id", id).param("username", username).update());
        return id;
    }

    /** All comments of a project, those on its tasks included, newest first, with their mentions. */
    public List<ProjectComment> ofProject(long projectId) {
        return jdbc.sql(COMMENTS + "where c.project_id = :project group by c.id order by c.created_at desc, c.id desc")
                .param("project", projectId)
                .query((rs, row) -> comment(rs))
                .list();
    }

    /** The comments on one task of the project, newest first. */
    public List<ProjectComment> ofTask(long projectId, String taskId) {
        return jdbc.sql(COMMENTS + "where c.project_id = :project and c.task_id = :taskId group by c.id order by c.created_at desc, c.id desc")
                .param("project", projectId).param("taskId", taskId)
                .query((rs, row) -> comment(rs))
                .list();
    }

    private static ProjectComment comment(ResultSet rs) throws SQLException {
        return new ProjectComment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                List.of((String[]) rs.getArray(5).getArray()), rs.getString(6), rs.getString(7), rs.getString(8));
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
                        where u.username in (:usernames) and u.enabled and """ + TAKES_PART)
                .param("project", projectId).param("usernames", usernames).query(String.class).list());
    }

    /**
     * The comments mentioning the user on projects their organisation (still) takes part in, newest
     * first; only the unread ones when {@code unreadOnly}.
     */
    public List<Mention> mentionsOf(String username, boolean unreadOnly, int limit) {
        return jdbc.sql(MENTIONS + (unreadOnly ? " and m.read_at is null" : "") + " order by c.created_at desc, c.id desc limit :limit")
                .param("username", username).param("limit", limit)
                .query((rs, row) -> mention(rs))
                .list();
    }

    public Optional<Mention> mentionOf(String username, long commentId) {
        return jdbc.sql(MENTIONS + " and c.id = :comment").param("username", username).param("comment", commentId)
                .query((rs, row) -> mention(rs)).optional();
    }

    public long unreadCount(String username) {
        return jdbc.sql("""
                        select count(*) from project_comment_mention m
                        join project_comment c on c.id = m.comment_id
                        join project p on p.id = c.project_id
                        join app_user u on u.username = m.username
                        join organisation o on o.id = u.organisation_id
                        where m.username = :username and m.read_at is null and""" + " " + TAKES_PART)
                .param("username", username).query(Long.class).single();
    }

    /** Marks the mention read the first time; later openings keep the first time. */
    public void markRead(String username, long commentId) {
        jdbc.sql("update project_comment_mention set read_at = now() where comment_id = :comment and username = :username and read_at is null")
                .param("comment", commentId).param("username", username).update();
    }

    private static Mention mention(ResultSet rs) throws SQLException {
        return new Mention(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getBoolean(10));
    }
}
