package org.citycoop.workflow.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citycoop.name.NameColumns;
import org.citycoop.security.Roles;
import org.citycoop.workflow.Absence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Absences and the tasks substitutes completed (V26, DD027). Callers check who may see and change what. */
@Repository
public class AbsenceStore {

    private static final String COLUMNS = """
            select a.id, a.username, absent.display_name_en as absent_en, absent.display_name_ja as absent_ja,
                   a.first_day, a.last_day, a.substitute, sub.display_name_en as substitute_en, sub.display_name_ja as substitute_ja,
                   a.recorded_by, a.recorded_at
            from absence a join app_user absent on absent.username = a.username
            join app_user sub on sub.username = a.substitute
            """;

    private final JdbcClient jdbc;

    AbsenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The users {@code substitute} stands in for on {@code day}: absent colleagues of the same organisation
     * whose task roles the substitute still holds (checked again on every read, so a substitute who lost a
     * role since the absence was recorded sees nothing more of it).
     */
    public List<String> standsInFor(String substitute, String organisationCode, Set<String> substituteRoles, LocalDate day) {
        return jdbc.sql("""
                        select a.username from absence a
                        join app_user u on u.username = a.username
                        join organisation o on o.id = u.organisation_id
                        where a.substitute = :substitute and :day between a.first_day and a.last_day
                          and o.code = :organisation
                          and not exists (select 1 from app_user_role r where r.user_id = u.id
                                          and r.role <> :admin and r.role not in (:roles))""")
                .param("substitute", substitute).param("day", day).param("organisation", organisationCode)
                .param("admin", Roles.ADMIN).param("roles", substituteRoles.isEmpty() ? List.of("") : substituteRoles)
                .query(String.class).list();
    }

    /** Who stands in for {@code username} on {@code day}, if anyone. */
    public Optional<String> substituteOn(String username, LocalDate day) {
        return jdbc.sql("select substitute from absence where username = :username and :day between first_day and last_day")
                .param("username", username).param("day", day).query(String.class).optional();
    }

    public Optional<Absence> find(long id) {
        return jdbc.sql(COLUMNS + "where a.id = :id").param("id", id).query(AbsenceStore::row).optional();
    }

    /** Absences of {@code username}, those where they stand in, and those of {@code organisationUsers}; newest first. */
    public List<Absence> concerning(String username, Collection<String> organisationUsers, int limit) {
        return jdbc.sql(COLUMNS + """
                        where a.username = :username or a.substitute = :username or a.username in (:colleagues)
                        order by a.first_day desc, a.id desc limit :limit""")
                .param("username", username).param("colleagues", organisationUsers.isEmpty() ? List.of("") : organisationUsers)
                .param("limit", limit).query(AbsenceStore::row).list();
    }

    /** An absence of {@code username} that shares a day with the period, if any. */
    public Optional<Absence> overlapping(String username, LocalDate firstDay, LocalDate lastDay) {
        return jdbc.sql(COLUMNS + "where a.username = :username and a.first_day <= :last and a.last_day >= :first limit 1")
                .param("username", username).param("first", firstDay).param("last", lastDay)
                .query(AbsenceStore::row).optional();
    }

    /**
     * Holds the user's row until the transaction ends, so that two absences recorded at once for the same
     * user cannot both pass the overlap check.
     */
    public void lockUser(String username) {
        jdbc.sql("select id from app_user where username = :username for update").param("username", username)
                .query(Long.class).optional();
    }

    public long insert(String username, LocalDate firstDay, LocalDate lastDay, String substitute, String recordedBy) {
        return jdbc.sql("""
                        insert into absence (username, first_day, last_day, substitute, recorded_by)
                        values (:username, :first, :last, :substitute, :recordedBy) returning id""")
                .param("username", username).param("first", firstDay).param("last", lastDay)
                .param("substitute", substitute).param("recordedBy", recordedBy).query(Long.class).single();
    }

    public void endAfter(long id, LocalDate lastDay) {
        jdbc.sql("update absence set last_day = :last where id = :id").param("last", lastDay).param("id", id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from absence where id = :id").param("id", id).update();
    }

    /** Records that {@code substitute} completed {@code taskId}, which was assigned to {@code absentUser}. */
    public void recordSubstitution(String taskId, String substitute, String absentUser) {
        jdbc.sql("insert into task_substitution (task_id, substitute, absent_user) values (:task, :substitute, :absent)")
                .param("task", taskId).param("substitute", substitute).param("absent", absentUser).update();
    }

    /** For each of the tasks that a substitute completed: the absent user they acted for. */
    public Map<String, String> actedFor(Collection<String> taskIds) {
        Map<String, String> absentUsers = new HashMap<>();
        if (!taskIds.isEmpty()) {
            jdbc.sql("select task_id, absent_user from task_substitution where task_id in (:ids)")
                    .param("ids", taskIds)
                    .query((rs, row) -> absentUsers.put(rs.getString(1), rs.getString(2))).list();
        }
        return absentUsers;
    }

    private static Absence row(ResultSet rs, int row) throws SQLException {
        return new Absence(rs.getLong("id"), rs.getString("username"), NameColumns.read(rs, "absent"),
                rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class), rs.getString("substitute"),
                NameColumns.read(rs, "substitute"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
