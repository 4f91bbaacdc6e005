package org.citycoop.dispatch;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InputValidator;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.Message;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.base.Texts;
import org.citycoop.dispatch.internal.DispatchApprovalDecision;
import org.citycoop.dispatch.internal.DispatchRepository;
import org.citycoop.dispatch.internal.TravelSafetyRepository;
import org.citycoop.document.DocumentService;
import org.citycoop.organisation.Organisation;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One specialist dispatch ({@code SpecialistDispatchProcess}): terms of reference, specialists and
 * mission plan, the travel-safety block, the approvals the decision {@code DispatchApproval} asks
 * for, the mission report after the return date and the partner's acknowledgement. Each step checks
 * its input on the server and completes its task in the same transaction.
 */
@Service
public class DispatchService {

    static final String DOCUMENT_KIND = "MISSION_REPORT";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final Set<String> APPROVAL_TASKS = Set.of(DispatchProcess.TASK_APPROVE_BY_MANAGER, DispatchProcess.TASK_APPROVE_BY_HEAD);

    private final DispatchRepository dispatches;
    private final TravelSafetyRepository safety;
    private final DispatchApprovalDecision approvalDecision;
    private final OrganisationService organisations;
    private final DocumentService documents;
    private final WorkflowService workflow;
    private final InputValidator validator;
    private final AuditTrail audit;

    DispatchService(DispatchRepository dispatches, TravelSafetyRepository safety, DispatchApprovalDecision approvalDecision,
                    OrganisationService organisations, DocumentService documents, WorkflowService workflow,
                    InputValidator validator, AuditTrail audit) {
        this.dispatches = dispatches;
        this.safety = safety;
        this.approvalDecision = approvalDecision;
        this.organisations = organisations;
        this.documents = documents;
        this.workflow = workflow;
        this.validator = validator;
        this.audit = audit;
    }

    /** A task of the dispatch process if the user may work on it and it is of that kind; otherwise {@link TaskNotAvailableException}. */
    @Transactional(readOnly = true)
    public DispatchTask openTask(String taskId, String taskDefinitionKey, CityCoopUser user) {
        WorkTask task = workflow.requireTask(taskId, Actor.of(user));
        if (!taskDefinitionKey.equals(task.taskDefinitionKey())) {
            throw new TaskNotAvailableException(taskId);
        }
        long itemId = Long.parseLong(workflow.variable(taskId, DispatchProcess.IMPLEMENTATION_ITEM, Actor.of(user)));
        DispatchProject project = dispatches.project(task.businessKey(), itemId).orElseThrow(() -> new IllegalStateException(
                "Dispatch task " + taskId + " has no project item: " + task.businessKey() + ", item " + itemId));
        String dispatchId = workflow.variable(taskId, DispatchProcess.DISPATCH_ID, Actor.of(user));
        Optional<Dispatch> dispatch = dispatchId == null ? Optional.empty() : dispatches.find(Long.parseLong(dispatchId));
        return new DispatchTask(task, project, dispatch);
    }

    /** The organisations whose staff may be sent: the lead and, for a cooperative, its member municipalities. */
    @Transactional(readOnly = true)
    public List<Organisation> specialistOrganisations(DispatchProject project) {
        List<Organisation> choices = new ArrayList<>();
        organisations.findByCode(project.leadCode()).ifPresent(choices::add);
        choices.addAll(organisations.membersOf(project.leadCode()));
        return choices;
    }

    /** The dispatches of a project, for those whose organisation takes part in it; empty otherwise. */
    @Transactional(readOnly = true)
    public List<Dispatch> dispatchesOf(String projectCode, CityCoopUser user) {
        return dispatches.idsVisibleOfProject(projectCode, user.organisationCode()).stream()
                .map(id -> dispatches.find(id).orElseThrow()).toList();
    }

    /** The countries a mission may go to, with their travel-safety levels. */
    @Transactional(readOnly = true)
    public List<TravelSafety> destinations() {
        return safety.all();
    }

    /**
     * Who will have to approve a plan of this cost and duration: the decision table's answer, before
     * the plan is sent. Not read-only: the engine records each evaluation in its decision history.
     */
    @Transactional
    public ApprovalLevel approvalLevelFor(long costEstimateJpy, LocalDate departureOn, LocalDate returnOn) {
        return approvalDecision.levelFor(costEstimateJpy, MissionPlan.durationDays(departureOn, returnOn));
    }

    @Transactional
    public void writeTermsOfReference(String taskId, TermsOfReference terms, CityCoopUser officer) {
        DispatchTask task = openTask(taskId, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE, officer);
        if (terms == null) {
            throw InvalidInputException.of("purpose", "dispatch.problem.purpose");
        }
        validator.check(terms);
        TermsOfReference clean = new TermsOfReference(terms.purpose().strip(), terms.tasks().strip(), terms.expectedOutputs().strip());
        long dispatchId = dispatches.insert(task.project(), clean, officer.getUsername());
        audit.record(task.project().id(), officer.getUsername(), "DISPATCH_TERMS_WRITTEN", task.project().itemTitle());
        workflow.complete(taskId, Actor.of(officer), Map.of(DispatchProcess.DISPATCH_ID, dispatchId));
    }

    /** The officer selects the specialists and sets destination, dates and cost; the travel-safety check follows. */
    @Transactional
    public void planMission(String taskId, MissionPlan plan, CityCoopUser officer) {
        DispatchTask task = openTask(taskId, DispatchProcess.TASK_SELECT_SPECIALISTS, officer);
        List<Long> organisationIds = checkPlan(plan, task.project());
        MissionPlan clean = new MissionPlan(plan.specialists().stream().map(DispatchService::strip).toList(),
                plan.destinationIso2(), plan.departureOn(), plan.returnOn(), plan.costEstimateJpy());
        Dispatch dispatch = task.requireDispatch();
        dispatches.savePlan(dispatch.id(), clean, organisationIds);
        audit.record(task.project().id(), officer.getUsername(), "DISPATCH_PLANNED", Message.of("audit-detail.dispatch.planned",
                plan.specialists().size(), plan.destinationIso2(), plan.departureOn(), plan.returnOn(), new Message.Yen(plan.costEstimateJpy())));
        workflow.complete(taskId, Actor.of(officer), Map.of(DispatchProcess.RETURN_DATE,
                Date.from(plan.returnOn().atStartOfDay(JAPAN).toInstant())));
    }

    /** After a travel-safety block: back to the plan, or cancel the dispatch. */
    @Transactional
    public void resolveSafetyBlock(String taskId, SafetyBlockChoice choice, CityCoopUser officer) {
        DispatchTask task = openTask(taskId, DispatchProcess.TASK_RESOLVE_SAFETY_BLOCK, officer);
        if (choice == null) {
            throw InvalidInputException.of("choice", "dispatch.problem.blocked.choice");
        }
        if (choice == SafetyBlockChoice.CANCEL) {
            dispatches.updateStatus(task.requireDispatch().id(), DispatchStatus.CANCELLED);
        }
        audit.record(task.project().id(), officer.getUsername(), "DISPATCH_SAFETY_BLOCK_" + choice.name(), task.project().itemTitle());
        workflow.complete(taskId, Actor.of(officer), Map.of(DispatchProcess.SAFETY_BLOCK_CHOICE, choice.name()));
    }

    /** The manager's or the head's decision; a refusal needs a reason and returns the plan to the officer. */
    @Transactional
    public void decide(String taskId, ApprovalDecision decision, String reason, CityCoopUser approver) {
        WorkTask work = workflow.requireTask(taskId, Actor.of(approver));
        if (!APPROVAL_TASKS.contains(work.taskDefinitionKey())) {
            throw new TaskNotAvailableException(taskId);
        }
        DispatchTask task = openTask(taskId, work.taskDefinitionKey(), approver);
        if (decision == null) {
            throw InvalidInputException.of("decision", "dispatch.problem.approval.decision");
        }
        String cleanReason = decision == ApprovalDecision.REFUSE
                ? Texts.required(reason, "reason", Message.of("dispatch.problem.label.refusal-reason"), 2000)
                : Texts.optional(reason, "reason", Message.of("problem.label.comment"), 2000);
        Dispatch dispatch = task.requireDispatch();
        boolean byHead = work.taskDefinitionKey().equals(DispatchProcess.TASK_APPROVE_BY_HEAD);
        boolean approved = decision == ApprovalDecision.APPROVE;
        dispatches.recordApproval(dispatch.id(), byHead ? Roles.HEAD : Roles.MANAGER, approved, cleanReason, approver.getUsername());
        if (!approved) {
            dispatches.updateStatus(dispatch.id(), DispatchStatus.PLANNED);
        } else if (byHead || dispatch.approvalLevel() == ApprovalLevel.MANAGER) {
            dispatches.updateStatus(dispatch.id(), DispatchStatus.APPROVED);
        }
        audit.record(task.project().id(), approver.getUsername(), "DISPATCH_" + (approved ? "APPROVED" : "REFUSED") + "_BY_"
                + (byHead ? "HEAD" : "MANAGER"), cleanReason);
        workflow.complete(taskId, Actor.of(approver), Map.of(DispatchProcess.DISPATCH_APPROVED, approved));
    }

    /** After the return date: the officer reports on the mission, with a document if there is one. */
    @Transactional
    public void submitMissionReport(String taskId, String activities, String findings, String recommendations,
                                    String fileName, byte[] content, CityCoopUser officer) {
        DispatchTask task = openTask(taskId, DispatchProcess.TASK_SUBMIT_MISSION_REPORT, officer);
        List<FieldProblem> problems = new ArrayList<>();
        String cleanActivities = collect(problems, () -> Texts.required(activities, "activities", Message.of("dispatch.field.activities"), 4000));
        String cleanFindings = collect(problems, () -> Texts.required(findings, "findings", Message.of("dispatch.field.findings"), 4000));
        String cleanRecommendations = collect(problems, () -> Texts.required(recommendations, "recommendations", Message.of("dispatch.field.recommendations"), 4000));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Long documentId = content == null || content.length == 0 ? null
                : documents.store(task.project().id(), DOCUMENT_KIND, "document", fileName, content, officer.getUsername()).id();
        Dispatch dispatch = task.requireDispatch();
        if (!dispatches.insertReport(dispatch.id(), cleanActivities, cleanFindings, cleanRecommendations, documentId, officer.getUsername())) {
            throw InvalidInputException.of("activities", "dispatch.problem.report.submitted");
        }
        dispatches.updateStatus(dispatch.id(), DispatchStatus.REPORTED);
        dispatches.completeItem(task.project().itemId(), officer.getUsername());
        audit.record(task.project().id(), officer.getUsername(), "MISSION_REPORT_SUBMITTED", task.project().itemTitle());
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    /** The partner coordinator acknowledges the report, or asks the officer a question first. */
    @Transactional
    public void respondToReport(String taskId, ReportResponse response, String question, CityCoopUser partner) {
        DispatchTask task = openTask(taskId, DispatchProcess.TASK_ACKNOWLEDGE_REPORT, partner);
        if (response == null) {
            throw InvalidInputException.of("response", "dispatch.problem.acknowledge.response");
        }
        Dispatch dispatch = task.requireDispatch();
        boolean acknowledged = response == ReportResponse.ACKNOWLEDGE;
        if (acknowledged) {
            dispatches.acknowledgeReport(dispatch.id(), partner.getUsername());
            dispatches.updateStatus(dispatch.id(), DispatchStatus.ACKNOWLEDGED);
        } else {
            dispatches.askQuestion(dispatch.id(), Texts.required(question, "question", Message.of("dispatch.problem.label.question"), 2000), partner.getUsername());
        }
        audit.record(task.project().id(), partner.getUsername(), acknowledged ? "MISSION_REPORT_ACKNOWLEDGED" : "MISSION_REPORT_QUESTION",
                task.project().itemTitle());
        workflow.complete(taskId, Actor.of(partner), Map.of(DispatchProcess.REPORT_ACKNOWLEDGED, acknowledged));
    }

    /** The officer answers the partner's question; the report goes back to the partner. */
    @Transactional
    public void answerQuestion(String taskId, String answer, CityCoopUser officer) {
        DispatchTask task = openTask(taskId, DispatchProcess.TASK_ANSWER_QUESTION, officer);
        String cleanAnswer = Texts.required(answer, "answer", Message.of("dispatch.field.answer"), 4000);
        Dispatch.Question open = task.requireDispatch().openQuestion()
                .orElseThrow(() -> InvalidInputException.of("answer", "dispatch.problem.answer.answered"));
        dispatches.answerQuestion(open.id(), cleanAnswer, officer.getUsername());
        audit.record(task.project().id(), officer.getUsername(), "MISSION_REPORT_QUESTION_ANSWERED", task.project().itemTitle());
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    /** Every problem of a plan at once; the organisation ids of the specialists, in order, when there is none. */
    private List<Long> checkPlan(MissionPlan plan, DispatchProject project) {
        if (plan == null) {
            throw InvalidInputException.of("specialists", "dispatch.problem.specialists.empty");
        }
        List<FieldProblem> problems = new ArrayList<>();
        try {
            validator.check(plan);
        } catch (InvalidInputException refused) {
            refused.problems().forEach(problem -> problems.add(labelled(problem)));
        }
        if (plan.departureOn() != null && plan.returnOn() != null && plan.returnOn().isBefore(plan.departureOn())) {
            problems.add(FieldProblem.of("returnOn", "dispatch.problem.return"));
        }
        if (plan.destinationIso2() != null && !plan.destinationIso2().isBlank() && safety.of(plan.destinationIso2()).isEmpty()) {
            problems.add(FieldProblem.of("destinationIso2", "dispatch.problem.destination"));
        }
        List<Organisation> allowed = specialistOrganisations(project);
        List<Long> organisationIds = new ArrayList<>();
        List<Specialist> specialists = plan.specialists() == null ? List.of() : plan.specialists();
        for (int i = 0; i < specialists.size(); i++) {
            String code = specialists.get(i).organisationCode();
            Optional<Organisation> organisation = allowed.stream().filter(o -> o.code().equals(code)).findFirst();
            organisation.ifPresent(o -> organisationIds.add(o.id()));
            if (organisation.isEmpty() && code != null && !code.isBlank()) {
                problems.add(FieldProblem.of("specialists[" + i + "].organisationCode", "dispatch.problem.specialist",
                        i + 1, Message.of("dispatch.problem.specialist.organisation", project.leadName())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return organisationIds;
    }

    /** "specialists[1].name" → "Specialist 2: Name: …", so that the message says which row. */
    private static FieldProblem labelled(FieldProblem problem) {
        if (!problem.field().startsWith("specialists[")) {
            return problem;
        }
        int row = Integer.parseInt(problem.field().substring("specialists[".length(), problem.field().indexOf(']')));
        return FieldProblem.of(problem.field(), "dispatch.problem.specialist", row + 1, problem.text());
    }

    private static Specialist strip(Specialist specialist) {
        return new Specialist(specialist.name().strip(), specialist.organisationCode(), specialist.position().strip(),
                specialist.expertise().strip());
    }

    private static String collect(List<FieldProblem> problems, java.util.function.Supplier<String> check) {
        try {
            return check.get();
        } catch (InvalidInputException refused) {
            problems.addAll(refused.problems());
            return null;
        }
    }
}
