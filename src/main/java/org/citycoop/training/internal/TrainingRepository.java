package org.citycoop.training.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citycoop.training.ActionItem;
import org.citycoop.training.CurriculumModule;
import org.citycoop.training.Gender;
import org.citycoop.training.IndicatorTarget;
import org.citycoop.training.LogisticsItem;
import org.citycoop.training.LogisticsKind;
import org.citycoop.training.Nomination;
import org.citycoop.training.SessionKind;
import org.citycoop.training.SessionMethod;
import org.citycoop.training.Trainee;
import org.citycoop.training.TraineeActionPlan;
import org.citycoop.training.TraineeEvaluation;
import org.citycoop.training.TrainingProgramme;
import org.citycoop.training.TrainingSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Training programmes and everything recorded for them; a programme belongs to one planned implementation item. */
@Repository
public class TrainingRepository {

    private static final String SELECT = """
            select i.id as item_id, i.project_id, p.code as project_code, i.title, i.planned_start, i.planned_end,
                   t.id as programme_id, t.return_comment
            from implementation_item i
            join project p on p.id = i.project_id
            left join training_programme t on t.implementation_item_id = i.id
            """;

    private final JdbcClient jdbc;

    TrainingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project of a planned training item, if the item is a training item of the project with that code. */
    public Optional<Long> projectIdOfItem(long itemId, String projectCode) {
        return jdbc.sql("""
                        select i.project_id from implementation_item i join project p on p.id = i.project_id
                        where i.id = :item and i.kind = 'TRAINING' and p.code = :code""")
                .param("item", itemId).param("code", projectCode).query(Long.class).optional();
    }

    /** The programme of a planned training item, for a task already checked to be the user's. */
    public Optional<TrainingProgramme> find(long itemId) {
        return jdbc.sql(SELECT + " where i.id = :item and i.kind = 'TRAINING'").param("item", itemId)
                .query(this::map).optional();
    }

    /** The training programmes of a project, if the organisation takes part in it (lead, partner, member of the lead). */
    public List<TrainingProgramme> visibleOfProject(String projectCode, String organisationCode) {
        return jdbc.sql(SELECT + """
                         join organisation lead on lead.id = p.lead_organisation_id
                         join organisation partner on partner.id = p.partner_organisation_id
                         where p.code = :code and i.kind = 'TRAINING'
                           and (lead.code = :organisation or partner.code = :organisation
                                or exists (select 1 from organisation member
                                           where member.cooperative_id = p.lead_organisation_id and member.code = :organisation))
                         order by i.planned_start, i.id""")
                .param("code", projectCode).param("organisation", organisationCode).query(this::map).list();
    }

    public long createProgramme(long itemId, long projectId) {
        return jdbc.sql("""
                        insert into training_programme (implementation_item_id, project_id) values (:item, :project)
                        returning id""")
                .param("item", itemId).param("project", projectId).query(Long.class).single();
    }

    public void replaceModules(long programmeId, List<CurriculumModule> modules) {
        jdbc.sql("delete from training_module where programme_id = :programme").param("programme", programmeId).update();
        for (int i = 0; i < modules.size(); i++) {
            CurriculumModule module = modules.get(i);
            jdbc.sql("""
                            insert into training_module (programme_id, position, topic, host_organisation, starts_on, ends_on, language)
                            values (:programme, :position, :topic, :host, :starts, :ends, :language)""")
                    .param("programme", programmeId).param("position", i).param("topic", module.topic().strip())
                    .param("host", module.hostOrganisation().strip()).param("starts", module.startsOn())
                    .param("ends", module.endsOn()).param("language", module.language().strip()).update();
        }
    }

    /** The partner's list replaces the one returned to them; trainees are not referenced before the list is confirmed. */
    public void replaceTrainees(long programmeId, List<Nomination> nominations) {
        jdbc.sql("delete from training_trainee where programme_id = :programme").param("programme", programmeId).update();
        for (int i = 0; i < nominations.size(); i++) {
            Nomination trainee = nominations.get(i);
            jdbc.sql("""
                            insert into training_trainee (programme_id, position, name, job_position, organisation, email, gender)
                            values (:programme, :position, :name, :jobPosition, :organisation, :email, :gender)""")
                    .param("programme", programmeId).param("position", i).param("name", trainee.name().strip())
                    .param("jobPosition", trainee.position().strip()).param("organisation", trainee.organisation().strip())
                    .param("email", trainee.email().strip())
                    .param("gender", trainee.gender() == null ? null : trainee.gender().name()).update();
        }
    }

    public void recordConfirmation(long programmeId, boolean confirmed, String comment, String by) {
        jdbc.sql("""
                        update training_programme set return_comment = :comment,
                               trainees_confirmed_by = :by, trainees_confirmed_at = case when :confirmed then now() end
                        where id = :id""")
                .param("id", programmeId).param("comment", confirmed ? null : comment)
                .param("by", confirmed ? by : null).param("confirmed", confirmed).update();
    }

    /** Saves the checklist; an item whose deadline moves may be reminded of again. */
    public void saveLogistics(long programmeId, List<LogisticsItem> items) {
        for (LogisticsItem item : items) {
            jdbc.sql("""
                            insert into training_logistics_item (programme_id, kind, deadline, done)
                            values (:programme, :kind, :deadline, :done)
                            on conflict (programme_id, kind) do update set done = excluded.done, deadline = excluded.deadline,
                                reminded_at = case when training_logistics_item.deadline = excluded.deadline
                                                   then training_logistics_item.reminded_at end""")
                    .param("programme", programmeId).param("kind", item.kind().name()).param("deadline", item.deadline())
                    .param("done", item.done()).update();
        }
    }

    public void markLogisticsDone(long programmeId) {
        jdbc.sql("update training_programme set logistics_done_at = now() where id = :id").param("id", programmeId).update();
    }

    /** Open items due on or before {@code until} not yet reminded of; each is marked as reminded now. */
    public List<LogisticsItem> remindOpenItemsDueBy(long programmeId, LocalDate until) {
        return jdbc.sql("""
                        update training_logistics_item set reminded_at = now()
                        where programme_id = :programme and not done and reminded_at is null and deadline <= :until
                        returning kind, deadline, done, reminded_at""")
                .param("programme", programmeId).param("until", until).query(TrainingRepository::logisticsItem).list()
                .stream().sorted((a, b) -> a.deadline().compareTo(b.deadline())).toList();
    }

    public void insertSession(long programmeId, TrainingSession session, String by) {
        long sessionId = jdbc.sql("""
                        insert into training_session (programme_id, starts_at, kind, method, venue, facilitator,
                                                      participants_on_site, participants_online, recorded_by)
                        values (:programme, :startsAt, :kind, :method, :venue, :facilitator, :onSite, :online, :by)
                        returning id""")
                .param("programme", programmeId).param("startsAt", session.startsAt()).param("kind", session.kind().name())
                .param("method", session.method().name()).param("venue", session.venue().strip())
                .param("facilitator", session.facilitator().strip()).param("onSite", session.participantsOnSite())
                .param("online", session.participantsOnline()).param("by", by).query(Long.class).single();
        for (long trainee : session.attendees()) {
            jdbc.sql("insert into training_attendance (session_id, trainee_id) values (:session, :trainee)")
                    .param("session", sessionId).param("trainee", trainee).update();
        }
    }

    public void markSessionsOver(long programmeId) {
        jdbc.sql("update training_programme set sessions_over_at = now() where id = :id").param("id", programmeId).update();
    }

    /** Saves a trainee's action plan, replacing the one saved before. */
    public void replaceActionPlan(TraineeActionPlan plan, String by) {
        jdbc.sql("delete from trainee_action_plan where trainee_id = :trainee").param("trainee", plan.traineeId()).update();
        long planId = jdbc.sql("insert into trainee_action_plan (trainee_id, submitted_by) values (:trainee, :by) returning id")
                .param("trainee", plan.traineeId()).param("by", by).query(Long.class).single();
        for (int i = 0; i < plan.items().size(); i++) {
            ActionItem item = plan.items().get(i);
            jdbc.sql("""
                            insert into trainee_action_item (plan_id, position, description, responsible, deadline)
                            values (:plan, :position, :description, :responsible, :deadline)""")
                    .param("plan", planId).param("position", i).param("description", item.description().strip())
                    .param("responsible", item.responsible().strip()).param("deadline", item.deadline()).update();
        }
        for (int i = 0; i < plan.targets().size(); i++) {
            IndicatorTarget target = plan.targets().get(i);
            jdbc.sql("""
                            insert into trainee_indicator_target (plan_id, position, indicator_code, baseline, target, target_date)
                            values (:plan, :position, :indicator, :baseline, :target, :targetDate)""")
                    .param("plan", planId).param("position", i).param("indicator", target.indicatorCode())
                    .param("baseline", new BigDecimal(target.baseline().strip()))
                    .param("target", new BigDecimal(target.target().strip()))
                    .param("targetDate", target.targetDate()).update();
        }
    }

    public void markActionPlansSubmitted(long programmeId) {
        jdbc.sql("update training_programme set action_plans_submitted_at = now() where id = :id").param("id", programmeId).update();
    }

    public void insertEvaluation(TraineeEvaluation evaluation, String by) {
        jdbc.sql("""
                        insert into trainee_evaluation (trainee_id, satisfaction, comment, recorded_by)
                        values (:trainee, :satisfaction, :comment, :by)""")
                .param("trainee", evaluation.traineeId()).param("satisfaction", evaluation.satisfaction())
                .param("comment", evaluation.comment()).param("by", by).update();
    }

    /** The programme is evaluated: it and its planned item are done. */
    public void markEvaluated(long programmeId, long itemId, String by) {
        jdbc.sql("update training_programme set evaluated_by = :by, evaluated_at = now() where id = :id")
                .param("id", programmeId).param("by", by).update();
        jdbc.sql("""
                        update implementation_item set completed_at = now(), completed_by = :by
                        where id = :item and completed_at is null""")
                .param("item", itemId).param("by", by).update();
    }

    private TrainingProgramme map(ResultSet rs, int row) throws SQLException {
        Long programmeId = rs.getObject("programme_id", Long.class);
        long itemId = rs.getLong("item_id");
        String projectCode = rs.getString("project_code");
        String title = rs.getString("title");
        LocalDate start = rs.getObject("planned_start", LocalDate.class);
        LocalDate end = rs.getObject("planned_end", LocalDate.class);
        String returnComment = rs.getString("return_comment");
        if (programmeId == null) {
            return new TrainingProgramme(null, itemId, projectCode, title, start, end, null, List.of(), List.of(), List.of(),
                    List.of(), Map.of(), List.of());
        }
        List<Trainee> trainees = trainees(programmeId);
        return new TrainingProgramme(programmeId, itemId, projectCode, title, start, end, returnComment, modules(programmeId),
                trainees, logistics(programmeId), sessions(programmeId), plans(programmeId), evaluations(programmeId));
    }

    private List<CurriculumModule> modules(long programmeId) {
        return jdbc.sql("""
                        select topic, host_organisation, starts_on, ends_on, language from training_module
                        where programme_id = :programme order by position""")
                .param("programme", programmeId)
                .query((rs, row) -> new CurriculumModule(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
    }

    private List<Trainee> trainees(long programmeId) {
        return jdbc.sql("""
                        select id, name, job_position, organisation, email, gender from training_trainee
                        where programme_id = :programme order by position""")
                .param("programme", programmeId)
                .query((rs, row) -> new Trainee(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6) == null ? null : Gender.valueOf(rs.getString(6))))
                .list();
    }

    private List<LogisticsItem> logistics(long programmeId) {
        return jdbc.sql("""
                        select kind, deadline, done, reminded_at from training_logistics_item
                        where programme_id = :programme""")
                .param("programme", programmeId).query(TrainingRepository::logisticsItem).list().stream()
                .sorted((a, b) -> a.kind().compareTo(b.kind())).toList();
    }

    private static LogisticsItem logisticsItem(ResultSet rs, int row) throws SQLException {
        Timestamp reminded = rs.getTimestamp("reminded_at");
        return new LogisticsItem(LogisticsKind.valueOf(rs.getString("kind")), rs.getObject("deadline", LocalDate.class),
                rs.getBoolean("done"), reminded == null ? null : reminded.toInstant());
    }

    private List<TrainingSession> sessions(long programmeId) {
        Map<Long, Set<Long>> attendance = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.session_id, a.trainee_id from training_attendance a
                        join training_session s on s.id = a.session_id where s.programme_id = :programme""")
                .param("programme", programmeId)
                .query((rs, row) -> attendance.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2)))
                .list();
        return jdbc.sql("""
                        select id, starts_at, kind, method, venue, facilitator, participants_on_site, participants_online
                        from training_session where programme_id = :programme order by starts_at, id""")
                .param("programme", programmeId)
                .query((rs, row) -> new TrainingSession(rs.getObject("starts_at", LocalDateTime.class),
                        SessionKind.valueOf(rs.getString("kind")), SessionMethod.valueOf(rs.getString("method")),
                        rs.getString("venue"), rs.getString("facilitator"), rs.getInt("participants_on_site"),
                        rs.getInt("participants_online"), Set.copyOf(attendance.getOrDefault(rs.getLong("id"), Set.of()))))
                .list();
    }

    private Map<Long, TraineeActionPlan> plans(long programmeId) {
        Map<Long, List<ActionItem>> items = new LinkedHashMap<>();
        Map<Long, List<IndicatorTarget>> targets = new LinkedHashMap<>();
        jdbc.sql("""
                        select ap.trainee_id from trainee_action_plan ap join training_trainee t on t.id = ap.trainee_id
                        where t.programme_id = :programme order by t.position""")
                .param("programme", programmeId).query(Long.class).list()
                .forEach(trainee -> {
                    items.put(trainee, new ArrayList<>());
                    targets.put(trainee, new ArrayList<>());
                });
        jdbc.sql("""
                        select ap.trainee_id, i.description, i.responsible, i.deadline from trainee_action_item i
                        join trainee_action_plan ap on ap.id = i.plan_id join training_trainee t on t.id = ap.trainee_id
                        where t.programme_id = :programme order by i.position""")
                .param("programme", programmeId)
                .query((rs, row) -> items.get(rs.getLong(1)).add(new ActionItem(rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class))))
                .list();
        jdbc.sql("""
                        select ap.trainee_id, g.indicator_code, g.baseline, g.target, g.target_date from trainee_indicator_target g
                        join trainee_action_plan ap on ap.id = g.plan_id join training_trainee t on t.id = ap.trainee_id
                        where t.programme_id = :programme order by g.position""")
                .param("programme", programmeId)
                .query((rs, row) -> targets.get(rs.getLong(1)).add(new IndicatorTarget(rs.getString(2),
                        rs.getBigDecimal(3).stripTrailingZeros().toPlainString(),
                        rs.getBigDecimal(4).stripTrailingZeros().toPlainString(), rs.getObject(5, LocalDate.class))))
                .list();
        Map<Long, TraineeActionPlan> plans = new LinkedHashMap<>();
        items.forEach((trainee, list) -> plans.put(trainee, new TraineeActionPlan(trainee, List.copyOf(list),
                List.copyOf(targets.get(trainee)))));
        return plans;
    }

    private List<TraineeEvaluation> evaluations(long programmeId) {
        return jdbc.sql("""
                        select e.trainee_id, e.satisfaction, e.comment from trainee_evaluation e
                        join training_trainee t on t.id = e.trainee_id where t.programme_id = :programme order by t.position""")
                .param("programme", programmeId)
                .query((rs, row) -> new TraineeEvaluation(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .list();
    }
}
