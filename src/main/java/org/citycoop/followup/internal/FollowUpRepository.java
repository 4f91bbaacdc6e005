package org.citycoop.followup.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.citycoop.followup.Measurement;
import org.citycoop.followup.ReviewOutcome;
import org.citycoop.followup.RoundReview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The follow-up records of db/migration V10: schedule, rounds, progress per target, reviews. */
@Repository
public class FollowUpRepository {

    private final JdbcClient jdbc;

    FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void saveSchedule(long projectId, String cycle, LocalDate startsOn, String setBy) {
        jdbc.sql("""
                        insert into follow_up_schedule (project_id, cycle, starts_on, set_by) values (:project, :cycle, :start, :by)
                        on conflict (project_id) do update set cycle = excluded.cycle, starts_on = excluded.starts_on,
                            set_by = excluded.set_by, set_at = now()""")
                .param("project", projectId).param("cycle", cycle).param("start", startsOn).param("by", setBy).update();
    }

    public Optional<ScheduleRow> schedule(long projectId) {
        return jdbc.sql("select cycle, starts_on from follow_up_schedule where project_id = :project")
                .param("project", projectId).query(ScheduleRow.class).optional();
    }

    /** The project of a business key, as the engine knows it. */
    public long projectIdOf(String code) {
        return jdbc.sql("select id from project where code = :code").param("code", code).query(Long.class).single();
    }

    public int roundsSoFar(long projectId) {
        return jdbc.sql("select count(*) from follow_up_round where project_id = :project")
                .param("project", projectId).query(Integer.class).single();
    }

    public long insertRound(long projectId, int number, LocalDate dueOn) {
        return jdbc.sql("insert into follow_up_round (project_id, round_no, due_on) values (:project, :no, :due) returning id")
                .param("project", projectId).param("no", number).param("due", dueOn).query(Long.class).single();
    }

    public Optional<RoundRow> round(long roundId) {
        return jdbc.sql("""
                        select r.id, r.project_id, p.code, r.round_no, r.due_on from follow_up_round r
                        join project p on p.id = r.project_id where r.id = :id""")
                .param("id", roundId).query(RoundRow.class).optional();
    }

    public void setVisit(long roundId, long itemId) {
        jdbc.sql("update follow_up_round set visit_item_id = :item where id = :id").param("item", itemId).param("id", roundId).update();
    }

    public void closeRound(long roundId) {
        jdbc.sql("update follow_up_round set closed_at = now() where id = :id and closed_at is null").param("id", roundId).update();
    }

    /** Records the round's value of a target; a correction replaces the value reported before. */
    public void saveProgress(long roundId, long targetId, BigDecimal value, LocalDate measuredOn, Long documentId,
                             String comment, String reportedBy) {
        jdbc.sql("""
                        insert into follow_up_progress (round_id, target_id, actual_value, measured_on, document_id, comment, reported_by)
                        values (:round, :target, :value, :measured, :document, :comment, :by)
                        on conflict (round_id, target_id) do update set actual_value = excluded.actual_value,
                            measured_on = excluded.measured_on, document_id = coalesce(excluded.document_id, follow_up_progress.document_id),
                            comment = excluded.comment, reported_by = excluded.reported_by, reported_at = now()""")
                .param("round", roundId).param("target", targetId).param("value", value).param("measured", measuredOn)
                .param("document", documentId).param("comment", comment).param("by", reportedBy).update();
    }

    public void insertReview(long roundId, ReviewOutcome outcome, boolean visitNeeded, String comment, String reviewedBy) {
        jdbc.sql("""
                        insert into follow_up_review (round_id, outcome, visit_needed, comment, reviewed_by)
                        values (:round, :outcome, :visit, :comment, :by)""")
                .param("round", roundId).param("outcome", outcome.name()).param("visit", visitNeeded)
                .param("comment", comment).param("by", reviewedBy).update();
    }

    /** The reviews of a round, last first. */
    public List<RoundReview> reviews(long roundId) {
        return jdbc.sql("""
                        select outcome, visit_needed, comment, reviewed_by, reviewed_at from follow_up_review
                        where round_id = :round order by reviewed_at desc, id desc""")
                .param("round", roundId)
                .query((rs, n) -> new RoundReview(ReviewOutcome.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Every value reported for the project's targets, by round; {@code roundId} null for all rounds. */
    public List<Measurement> measurements(long projectId, Long roundId) {
        return jdbc.sql("""
                        select g.target_id, r.round_no, g.actual_value, g.measured_on, g.comment, d.file_name,
                               exists (select 1 from follow_up_review v where v.round_id = r.id and v.outcome = 'ACCEPTED')
                        from follow_up_progress g
                        join follow_up_round r on r.id = g.round_id
                        left join document d on d.id = g.document_id
                        where r.project_id = :project and (cast(:round as bigint) is null or r.id = :round)
                        order by r.round_no, g.target_id""")
                .param("project", projectId).param("round", roundId)
                .query((rs, n) -> new Measurement(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3).stripTrailingZeros(),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getBoolean(7)))
                .list();
    }

    public record ScheduleRow(String cycle, LocalDate startsOn) {
    }

    public record RoundRow(long id, long projectId, String code, int roundNo, LocalDate dueOn) {
    }
}
