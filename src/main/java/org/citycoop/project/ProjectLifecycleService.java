package org.citycoop.project;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InputValidator;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.Message;
import org.citycoop.base.Texts;
import org.citycoop.document.DocumentService;
import org.citycoop.project.internal.LifecycleRepository;
import org.citycoop.project.internal.ProjectRepository;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkflowService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions of a project between screening and implementation — member consent, the
 * agreement with the partner, go/no-go, the way on after a funding rejection — and suspension.
 * Each task method changes the records and completes the task in one transaction.
 */
@Service
public class ProjectLifecycleService {

    /** How long before expiry the officer is asked to renew the agreement. */
    static final int RENEWAL_REMINDER_DAYS = 90;

    private final ProjectService projects;
    private final ProjectRepository projectRecords;
    private final LifecycleRepository lifecycle;
    private final DocumentService documents;
    private final WorkflowService workflow;
    private final InputValidator validator;
    private final AuditTrail audit;

    ProjectLifecycleService(ProjectService projects, ProjectRepository projectRecords, LifecycleRepository lifecycle,
                            DocumentService documents, WorkflowService workflow, InputValidator validator, AuditTrail audit) {
        this.projects = projects;
        this.projectRecords = projectRecords;
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.workflow = workflow;
        this.validator = validator;
        this.audit = audit;
    }

    /** A member municipality's delegate consents to or refuses a cooperative project (a refusal needs a reason). */
    @Transactional
    public void giveConsent(String taskId, ConsentAnswer answer, String reason, CityCoopUser delegate) {
        ProjectTask task = projects.openTask(taskId, ProjectProcess.TASK_GIVE_CONSENT, delegate);
        if (answer != ConsentAnswer.CONSENT && answer != ConsentAnswer.REFUSE) {
            throw InvalidInputException.of("answer", "project.problem.consent.answer");
        }
        String cleanReason = Texts.optional(reason, "reason", Message.of("problem.label.reason"), 2000);
        if (answer == ConsentAnswer.REFUSE && cleanReason == null) {
            throw InvalidInputException.of("reason", "project.problem.consent.reason");
        }
        lifecycle.recordConsent(task.project().id(), delegate.organisationCode(), answer, cleanReason, delegate.getUsername());
        audit.record(task.project().id(), delegate.getUsername(), "CONSENT_" + answer.name(), cleanReason);
        workflow.complete(taskId, Actor.of(delegate), Map.of());
    }

    /** The partner city's coordinator confirms the agreement (MoU); a renewal reminder is set before it expires. */
    @Transactional
    public void confirmAgreement(String taskId, AgreementInput agreement, CityCoopUser partner) {
        ProjectTask task = projects.openTask(taskId, ProjectProcess.TASK_CONFIRM_AGREEMENT, partner);
        validator.check(agreement);
        if (!agreement.expiresOn().isAfter(agreement.signedOn())) {
            throw InvalidInputException.of("expiresOn", "project.problem.agreement.expires");
        }
        long projectId = task.project().id();
        Long documentId = agreement.documentContent() == null || agreement.documentContent().length == 0 ? null
                : documents.store(projectId, "AGREEMENT", "document", agreement.documentName(), agreement.documentContent(),
                partner.getUsername()).id();
        lifecycle.recordAgreement(projectId, agreement.leadSignatory().strip(), agreement.partnerSignatory().strip(),
                agreement.signedOn(), agreement.expiresOn(), documentId, partner.getUsername());
        audit.record(projectId, partner.getUsername(), "AGREEMENT_CONFIRMED",
                Message.of("audit-detail.agreement.signed", agreement.signedOn(), agreement.expiresOn()));
        workflow.complete(taskId, Actor.of(partner), Map.of(ProjectProcess.AGREEMENT_RENEWAL_REMINDER_AT,
                reminderDate(agreement.expiresOn())));
    }

    /** The officer records the renewed agreement's new expiry date. */
    @Transactional
    public void renewAgreement(String taskId, LocalDate newExpiry, CityCoopUser officer) {
        ProjectTask task = projects.openTask(taskId, ProjectProcess.TASK_RENEW_AGREEMENT, officer);
        if (newExpiry == null || !newExpiry.isAfter(lifecycle.agreementSignedOn(task.project().id()))) {
            throw InvalidInputException.of("expiresOn", "project.problem.agreement.renewed-expires");
        }
        lifecycle.renewAgreement(task.project().id(), newExpiry);
        audit.record(task.project().id(), officer.getUsername(), "AGREEMENT_RENEWED", Message.of("audit-detail.agreement.expires", newExpiry));
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    /** After the feasibility study the manager decides whether the project goes ahead. */
    @Transactional
    public void decideGoNoGo(String taskId, Boolean goAhead, String comment, CityCoopUser manager) {
        ProjectTask task = projects.openTask(taskId, ProjectProcess.TASK_DECIDE_GO_NO_GO, manager);
        if (goAhead == null) {
            throw InvalidInputException.of("goAhead", "project.problem.go-ahead");
        }
        String cleanComment = Texts.optional(comment, "comment", Message.of("problem.label.comment"), 2000);
        if (!goAhead && cleanComment == null) {
            throw InvalidInputException.of("comment", "project.problem.no-go.comment");
        }
        decide(task, "GO_NO_GO", goAhead ? "GO" : "NO_GO", cleanComment, manager,
                Map.of(ProjectProcess.GO_AHEAD, goAhead));
    }

    /** After a funding rejection the officer chooses: revise for the next call, own budget, or cancel. */
    @Transactional
    public void chooseWayOn(String taskId, WayOn way, String comment, CityCoopUser officer) {
        ProjectTask task = projects.openTask(taskId, ProjectProcess.TASK_CHOOSE_WAY_AFTER_REJECTION, officer);
        if (way == null) {
            throw InvalidInputException.of("wayOn", "project.problem.way-on");
        }
        decide(task, "WAY_AFTER_REJECTION", way.name(), Texts.optional(comment, "comment", Message.of("problem.label.comment"), 2000), officer,
                Map.of(ProjectProcess.WAY_ON, way.name()));
    }

    /** The manager approves or refuses continuing on the organisation's own budget. */
    @Transactional
    public void approveOwnBudget(String taskId, Boolean approved, String comment, CityCoopUser manager) {
        ProjectTask task = projects.openTask(taskId, ProjectProcess.TASK_APPROVE_OWN_BUDGET, manager);
        if (approved == null) {
            throw InvalidInputException.of("approved", "project.problem.own-budget");
        }
        decide(task, "OWN_BUDGET", approved ? "APPROVED" : "REFUSED", Texts.optional(comment, "comment", Message.of("problem.label.comment"), 2000),
                manager, Map.of(ProjectProcess.OWN_BUDGET_APPROVED, approved));
    }

    /** The project's agreement as confirmed (and renewed), for whoever takes part in the project; empty before it is confirmed. */
    @Transactional(readOnly = true)
    public Optional<CooperationAgreement> agreement(String code, CityCoopUser user) {
        return lifecycle.agreement(projects.require(code, user).id());
    }

    /** A manager of the lead pauses all open work of an approved project, e.g. after a change of mayor. */
    @Transactional
    public void suspend(String code, String reason, CityCoopUser manager) {
        Project project = leadProjectForManager(code, manager);
        if (project.status() == ProjectStatus.SUSPENDED || project.status() == ProjectStatus.CLOSED
                || project.status() == ProjectStatus.CANCELLED) {
            throw InvalidInputException.of("status", "project.problem.status.suspend");
        }
        if (!lifecycle.approvedAtScreening(project.id())) {
            throw InvalidInputException.of("status", "project.problem.status.proposal");
        }
        String cleanReason = Texts.required(reason, "reason", Message.of("problem.label.reason"), 2000);
        lifecycle.suspend(project.id(), project.status(), cleanReason);
        audit.record(project.id(), manager.getUsername(), "PROJECT_SUSPENDED", cleanReason);
        workflow.suspend(code);
    }

    /** Why a suspended project is suspended, for those who may see the project; empty when it is not. */
    @Transactional(readOnly = true)
    public Optional<String> suspensionReason(String code, CityCoopUser user) {
        return lifecycle.suspensionReason(projects.require(code, user).id());
    }

    /** Resumes a suspended project where it stood. */
    @Transactional
    public void resume(String code, CityCoopUser manager) {
        Project project = leadProjectForManager(code, manager);
        if (project.status() != ProjectStatus.SUSPENDED) {
            throw InvalidInputException.of("status", "project.problem.status.resume");
        }
        lifecycle.resume(project.id());
        audit.record(project.id(), manager.getUsername(), "PROJECT_RESUMED");
        workflow.resume(code);
    }

    /** Cancels a running or suspended project for good. */
    @Transactional
    public void cancel(String code, String reason, CityCoopUser manager) {
        Project project = leadProjectForManager(code, manager);
        if (project.status() == ProjectStatus.CLOSED || project.status() == ProjectStatus.CANCELLED) {
            throw InvalidInputException.of("status", "project.problem.status.ended");
        }
        String cleanReason = Texts.required(reason, "reason", Message.of("problem.label.reason"), 2000);
        projectRecords.updateStatus(project.id(), ProjectStatus.CANCELLED);
        audit.record(project.id(), manager.getUsername(), "PROJECT_CANCELLED", cleanReason);
        workflow.cancel(code, cleanReason);
    }

    private void decide(ProjectTask task, String kind, String outcome, String comment, CityCoopUser user,
                        Map<String, Object> routing) {
        lifecycle.recordDecision(task.project().id(), kind, outcome, comment, user.getUsername());
        audit.record(task.project().id(), user.getUsername(), kind + "_" + outcome, comment);
        workflow.complete(task.task().id(), Actor.of(user), routing);
    }

    private Project leadProjectForManager(String code, CityCoopUser manager) {
        Project project = projects.require(code, manager);
        if (!manager.hasRole(Roles.MANAGER) || !project.leadCode().equals(manager.organisationCode())) {
            throw new AccessDeniedException("Only a manager of the lead organisation suspends, resumes or cancels");
        }
        return project;
    }

    private static Date reminderDate(LocalDate expiresOn) {
        return Date.from(expiresOn.minusDays(RENEWAL_REMINDER_DAYS).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant());
    }
}
