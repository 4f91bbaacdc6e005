package org.citycoop.dispatch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.citycoop.name.Name;
import org.citycoop.dispatch.ApprovalLevel;
import org.citycoop.dispatch.Dispatch;
import org.citycoop.dispatch.Dispatch.Approval;
import org.citycoop.dispatch.Dispatch.Member;
import org.citycoop.dispatch.Dispatch.Question;
import org.citycoop.dispatch.Dispatch.Report;
import org.citycoop.dispatch.DispatchProject;
import org.citycoop.dispatch.DispatchStatus;
import org.citycoop.dispatch.MissionPlan;
import org.citycoop.dispatch.Specialist;
import org.citycoop.dispatch.TermsOfReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The records of dispatches: terms of reference, plan, specialists, approvals, mission report and questions. */
@Repository
public class DispatchRepository {

    private final JdbcClient jdbc;

    DispatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project of a business key with the DISPATCH item a process instance runs. */
    public Optional<DispatchProject> project(String projectCode, long itemId) {
        return jdbc.sql("""
                        select p.id, p.code, p.title, lead.code, lead.name_en, lead.name_ja, partner.name_en, partner.name_ja,
                               partner.country_iso2,
                               i.id, i.title, i.planned_start, i.planned_end
                        from project p
                        join organisation lead on lead.id = p.lead_organisation_id
                        join organisation partner on partner.id = p.partner_organisation_id
                        join implementation_item i on i.project_id = p.id and i.kind = 'DISPATCH'
                        where p.code = :code and i.id = :item""")
                .param("code", projectCode).param("item", itemId)
                .query((rs, row) -> new DispatchProject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        new Name(rs.getString(5), rs.getString(6)), new Name(rs.getString(7), rs.getString(8)), rs.getString(9),
                        rs.getLong(10), rs.getString(11), rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class)))
                .optional();
    }

    public long insert(DispatchProject project, TermsOfReference terms, String writtenBy) {
        return jdbc.sql("""
                        insert into dispatch (project_id, implementation_item_id, purpose, tasks, expected_outputs, status, written_by)
                        values (:project, :item, :purpose, :tasks, :outputs, 'TERMS_WRITTEN', :by) returning id""")
                .param("project", project.id()).param("item", project.itemId())
                .param("purpose", terms.purpose()).param("tasks", terms.tasks()).param("outputs", terms.expectedOutputs())
                .param("by", writtenBy)
                .query(Long.class).single();
    }

    public void savePlan(long dispatchId, MissionPlan plan, List<Long> organisationIds) {
        jdbc.sql("""
                        update dispatch set destination_iso2 = :destination, departure_on = :departure, return_on = :return,
                               cost_estimate_jpy = :cost, status = 'PLANNED', approval_level = null, safety_block_reason = null
                        where id = :id""")
                .param("id", dispatchId).param("destination", plan.destinationIso2())
                .param("departure", plan.departureOn()).param("return", plan.returnOn()).param("cost", plan.costEstimateJpy())
                .update();
        jdbc.sql("delete from dispatch_specialist where dispatch_id = :id").param("id", dispatchId).update();
        for (int i = 0; i < plan.specialists().size(); i++) {
            Specialist specialist = plan.specialists().get(i);
            jdbc.sql("""
                            insert into dispatch_specialist (dispatch_id, position_no, name, organisation_id, position, expertise)
                            values (:dispatch, :no, :name, :organisation, :position, :expertise)""")
                    .param("dispatch", dispatchId).param("no", i + 1).param("name", specialist.name())
                    .param("organisation", organisationIds.get(i)).param("position", specialist.position())
                    .param("expertise", specialist.expertise())
                    .update();
        }
    }

    public void updateStatus(long dispatchId, DispatchStatus status) {
        jdbc.sql("update dispatch set status = :status where id = :id").param("id", dispatchId).param("status", status.name()).update();
    }

    public void block(long dispatchId, String reason) {
        jdbc.sql("update dispatch set status = 'SAFETY_BLOCKED', safety_block_reason = :reason where id = :id")
                .param("id", dispatchId).param("reason", reason).update();
    }

    public void recordApprovalLevel(long dispatchId, ApprovalLevel level) {
        jdbc.sql("update dispatch set status = 'AWAITING_APPROVAL', approval_level = :level where id = :id")
                .param("id", dispatchId).param("level", level.name()).update();
    }

    public void recordApproval(long dispatchId, String role, boolean approved, String reason, String decidedBy) {
        jdbc.sql("""
                        insert into dispatch_approval (dispatch_id, approver_role, approved, reason, decided_by)
                        values (:dispatch, :role, :approved, :reason, :by)""")
                .param("dispatch", dispatchId).param("role", role).param("approved", approved).param("reason", reason)
                .param("by", decidedBy).update();
    }

    /** False when the report was already submitted (a second submit changes nothing). */
    public boolean insertReport(long dispatchId, String activities, String findings, String recommendations, Long documentId,
                                String submittedBy) {
        return jdbc.sql("""
                        insert into mission_report (dispatch_id, activities, findings, recommendations, document_id, submitted_by)
                        values (:dispatch, :activities, :findings, :recommendations, :document, :by)
                        on conflict (dispatch_id) do nothing""")
                .param("dispatch", dispatchId).param("activities", activities).param("findings", findings)
                .param("recommendations", recommendations).param("document", documentId).param("by", submittedBy)
                .update() == 1;
    }

    public void acknowledgeReport(long dispatchId, String acknowledgedBy) {
        jdbc.sql("update mission_report set acknowledged_by = :by, acknowledged_at = now() where dispatch_id = :dispatch")
                .param("dispatch", dispatchId).param("by", acknowledgedBy).update();
    }

    public void askQuestion(long dispatchId, String question, String askedBy) {
        jdbc.sql("insert into mission_report_question (dispatch_id, question, asked_by) values (:dispatch, :question, :by)")
                .param("dispatch", dispatchId).param("question", question).param("by", askedBy).update();
    }

    /** False when the question was already answered. */
    public boolean answerQuestion(long questionId, String answer, String answeredBy) {
        return jdbc.sql("""
                        update mission_report_question set answer = :answer, answered_by = :by, answered_at = now()
                        where id = :id and answer is null""")
                .param("id", questionId).param("answer", answer).param("by", answeredBy).update() == 1;
    }

    /** Marks the planned item done once its mission is reported (the project page counts it as held). */
    public void completeItem(long itemId, String completedBy) {
        jdbc.sql("update implementation_item set completed_at = now(), completed_by = :by where id = :id and completed_at is null")
                .param("id", itemId).param("by", completedBy).update();
    }

    /** The dispatches of a project, for an organisation that takes part in it (lead, partner or a member of the lead); none otherwise. */
    public List<Long> idsVisibleOfProject(String projectCode, String organisationCode) {
        return jdbc.sql("""
                        select d.id from dispatch d
                        join project p on p.id = d.project_id
                        join organisation lead on lead.id = p.lead_organisation_id
                        join organisation partner on partner.id = p.partner_organisation_id
                        where p.code = :code
                          and (lead.code = :organisation or partner.code = :organisation
                               or exists (select 1 from organisation member
                                          where member.cooperative_id = p.lead_organisation_id and member.code = :organisation))
                        order by d.id""")
                .param("code", projectCode).param("organisation", organisationCode).query(Long.class).list();
    }

    public Optional<Long> projectIdOf(long dispatchId) {
        return jdbc.sql("select project_id from dispatch where id = :id").param("id", dispatchId).query(Long.class).optional();
    }

    public Optional<Dispatch> find(long dispatchId) {
        return jdbc.sql("""
                        select d.id, d.status, d.purpose, d.tasks, d.expected_outputs, d.destination_iso2, c.name, c.name_ja,
                               d.departure_on, d.return_on, d.cost_estimate_jpy, d.approval_level, d.safety_block_reason
                        from dispatch d left join country c on c.iso2 = d.destination_iso2
                        where d.id = :id""")
                .param("id", dispatchId)
                .query((rs, row) -> new Dispatch(rs.getLong(1), DispatchStatus.valueOf(rs.getString(2)),
                        new TermsOfReference(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getString(6),
                        rs.getString(7) == null ? null : new Name(rs.getString(7), rs.getString(8)),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                        (Long) rs.getObject(11), rs.getString(12) == null ? null : ApprovalLevel.valueOf(rs.getString(12)),
                        rs.getString(13), specialists(dispatchId), approvals(dispatchId), report(dispatchId), questions(dispatchId)))
                .optional();
    }

    private List<Member> specialists(long dispatchId) {
        return jdbc.sql("""
                        select s.name, o.code, s.position, s.expertise, o.name_en, o.name_ja from dispatch_specialist s
                        join organisation o on o.id = s.organisation_id where s.dispatch_id = :id order by s.position_no""")
                .param("id", dispatchId)
                .query((rs, row) -> new Member(new Specialist(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        new Name(rs.getString(5), rs.getString(6))))
                .list();
    }

    private List<Approval> approvals(long dispatchId) {
        return jdbc.sql("""
                        select approver_role, approved, reason, decided_by, decided_at from dispatch_approval
                        where dispatch_id = :id order by decided_at, id""")
                .param("id", dispatchId)
                .query((rs, row) -> new Approval(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4), instant(rs, 5)))
                .list();
    }

    private Optional<Report> report(long dispatchId) {
        return jdbc.sql("""
                        select r.activities, r.findings, r.recommendations, doc.file_name, r.submitted_by, r.submitted_at,
                               r.acknowledged_by
                        from mission_report r left join document doc on doc.id = r.document_id where r.dispatch_id = :id""")
                .param("id", dispatchId)
                .query((rs, row) -> new Report(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), instant(rs, 6), rs.getString(7)))
                .optional();
    }

    private List<Question> questions(long dispatchId) {
        return jdbc.sql("""
                        select id, question, asked_by, asked_at, answer, answered_by from mission_report_question
                        where dispatch_id = :id order by asked_at, id""")
                .param("id", dispatchId)
                .query((rs, row) -> new Question(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
