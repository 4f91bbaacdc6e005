package org.citycoop.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.FiscalYear;
import org.citycoop.base.InputValidator;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.Message;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.base.ReferenceItem;
import org.citycoop.organisation.Organisation;
import org.citycoop.organisation.OrganisationKind;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.project.internal.ProjectRepository;
import org.citycoop.project.internal.ProjectSearchRepository;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.ScopeVariables;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing and screening cooperation projects. Each method checks, on the server, that the
 * user's organisation takes part in the project, and changes the project and its process in one
 * transaction: a refused step leaves both as they were.
 */
@Service
public class ProjectService {

    /** The most rows one call returns: a grid pages, an export walks page by page. */
    public static final int MAX_PAGE = 500;

    private final ProjectRepository projects;
    private final ProjectSearchRepository search;
    private final OrganisationService organisations;
    private final WorkflowService workflow;
    private final InputValidator validator;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectService(ProjectRepository projects, ProjectSearchRepository search, OrganisationService organisations, WorkflowService workflow,
                   InputValidator validator, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.search = search;
        this.organisations = organisations;
        this.workflow = workflow;
        this.validator = validator;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** An officer proposes a project: the project gets its code and its process starts with screening. */
    @Transactional
    public Project propose(ProjectProposal proposal, CityCoopUser officer) {
        if (!officer.hasRole(Roles.OFFICER)) {
            throw new AccessDeniedException("Only officers propose projects");
        }
        Organisation lead = organisations.findByCode(officer.organisationCode())
                .filter(organisation -> organisation.kind().canLeadProjects())
                .orElseThrow(() -> new AccessDeniedException("Only municipalities and cooperatives lead projects"));
        checkProposal(proposal);
        String code = projects.nextCode(lead.code(), FiscalYear.of(LocalDate.now(clock)));
        long id = projects.insert(code, lead.id(), proposal, officer.getUsername());
        audit.record(id, officer.getUsername(), "PROJECT_PROPOSED", code + " " + proposal.getTitle().strip());
        workflow.startProcess(ProjectProcess.PROCESS_KEY, code, Map.of(
                ScopeVariables.LEAD_ORGANISATION, lead.code(),
                ScopeVariables.PARTNER_ORGANISATION, proposal.getPartnerCode(),
                ProjectProcess.LEAD_IS_COOPERATIVE, lead.kind() == OrganisationKind.COOPERATIVE,
                ProjectProcess.MEMBER_ORGANISATIONS, new ArrayList<>(organisations.membersOf(lead.code()).stream()
                        .map(Organisation::code).toList()),
                ProjectProcess.FEASIBILITY_STUDY_NEEDED, projects.needsFeasibilityStudy(proposal.getCooperationTypeCode())),
                Actor.of(officer));
        return projects.findByCode(code).orElseThrow();
    }

    /** The id of a project known to exist (the engine's side, which knows it by its code). */
    long idOf(String code) {
        return projects.findByCode(code).orElseThrow(() -> new IllegalStateException("No project " + code)).id();
    }

    /** A manager of the lead organisation screens a proposal: approve, return for revision, or reject. */
    @Transactional
    public void screen(String taskId, ScreeningDecision decision, String comment, CityCoopUser manager) {
        ProjectTask task = openTask(taskId, ProjectProcess.TASK_SCREEN_PROPOSAL, manager);
        if (decision == null) {
            throw InvalidInputException.of("decision", "project.problem.screening.decision");
        }
        String cleanComment = comment == null ? "" : comment.strip();
        if (decision != ScreeningDecision.APPROVE && cleanComment.isEmpty()) {
            throw InvalidInputException.of("comment", "project.problem.screening.comment");
        }
        if (cleanComment.length() > 2000) {
            throw InvalidInputException.of("comment", "problem.too-long", Message.of("problem.label.comment"), 2000);
        }
        Project project = task.project();
        projects.recordScreening(project.id(), decision, cleanComment.isEmpty() ? null : cleanComment, manager.getUsername());
        if (decision == ScreeningDecision.REJECT) {
            projects.updateStatus(project.id(), ProjectStatus.CANCELLED);
        }
        audit.record(project.id(), manager.getUsername(), "PROPOSAL_" + decision.name(), cleanComment);
        workflow.complete(taskId, Actor.of(manager), Map.of(ProjectProcess.SCREENING_DECISION, decision.name()));
    }

    /** The officer revises a returned proposal and sends it back to screening. */
    @Transactional
    public void revise(String taskId, ProjectProposal proposal, CityCoopUser officer) {
        ProjectTask task = openTask(taskId, ProjectProcess.TASK_REVISE_PROPOSAL, officer);
        checkProposal(proposal);
        if (!proposal.getPartnerCode().equals(task.project().partnerCode())) {
            throw InvalidInputException.of("partnerCode", "project.problem.revise.partner");
        }
        projects.updateProposal(task.project().id(), proposal);
        if (!proposal.getPlannedStart().equals(task.project().plannedStart())) {
            events.publishEvent(new ProjectStartMoved(task.project().id(), task.project().plannedStart(), proposal.getPlannedStart()));
        }
        audit.record(task.project().id(), officer.getUsername(), "PROPOSAL_REVISED", proposal.getTitle().strip());
        workflow.complete(taskId, Actor.of(officer), Map.of());
    }

    /** A task of this feature with its project; refused when the user may not see it or it is another kind of task. */
    @Transactional(readOnly = true)
    public ProjectTask openTask(String taskId, String taskDefinitionKey, CityCoopUser user) {
        WorkTask task = workflow.requireTask(taskId, Actor.of(user));
        if (!taskDefinitionKey.equals(task.taskDefinitionKey())) {
            throw new TaskNotAvailableException(taskId);
        }
        Project project = require(task.businessKey(), user);
        return new ProjectTask(task, project, projects.lastScreening(project.id()));
    }

    @Transactional(readOnly = true)
    public Optional<Project> find(String code, CityCoopUser user) {
        return projects.findVisible(code, user.organisationCode());
    }

    @Transactional(readOnly = true)
    public Project require(String code, CityCoopUser user) {
        return find(code, user).orElseThrow(() -> new ProjectNotAvailableException(code));
    }

    /** Projects the user's organisation takes part in, newest first. */
    @Transactional(readOnly = true)
    public List<Project> visibleTo(CityCoopUser user) {
        return projects.findAllVisible(user.organisationCode());
    }

    /** A page of the projects the user's organisation takes part in that match the filter, newest first. */
    @Transactional(readOnly = true)
    public List<Project> search(ProjectFilter filter, CityCoopUser user, int offset, int limit) {
        return search.search(filter, user.organisationCode(), Math.max(offset, 0), Math.min(Math.max(limit, 0), MAX_PAGE));
    }

    @Transactional(readOnly = true)
    public long count(ProjectFilter filter, CityCoopUser user) {
        return search.count(filter, user.organisationCode());
    }

    /** The Japanese fiscal years in which the user's organisation's projects start, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> fiscalYears(CityCoopUser user) {
        return search.fiscalYears(user.organisationCode());
    }

    @Transactional(readOnly = true)
    public List<ReferenceItem> regions() {
        return search.regions();
    }

    /** For a partner coordinator: what the Japanese side (anyone outside the partner city) did lately on its projects. */
    @Transactional(readOnly = true)
    public List<ProjectActivity> recentActivityForPartner(CityCoopUser partner, int limit) {
        if (!partner.hasRole(Roles.PARTNER)) {
            throw new AccessDeniedException("Only partner coordinators have a partner portal");
        }
        return search.activityOthersDidFor(partner.organisationCode(), Math.min(Math.max(limit, 0), MAX_PAGE));
    }

    /** Open tasks of a project that the user may see (current work, for the project page). */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasks(String code, CityCoopUser user) {
        return workflow.openTasksOf(require(code, user).code(), Actor.of(user));
    }

    /**
     * Everything that happened on a project, newest first: the changes in the audit trail and the
     * tasks completed in the engine (the main process and its building blocks), each with who and when.
     * Entries of another organisation's own work (a funding agency's review) are left out.
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(String code, CityCoopUser user) {
        Project project = require(code, user);
        return Stream.concat(
                        audit.ofProjectAsSeenBy(project.id(), user.organisationCode()).stream().map(TimelineEntry::of),
                        workflow.completedTasksOf(project.code()).stream().map(TimelineEntry::of))
                .sorted(Comparator.comparing(TimelineEntry::when).reversed())
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Screening> screenings(String code, CityCoopUser user) {
        return projects.screenings(require(code, user).id());
    }

    @Transactional(readOnly = true)
    public List<ReferenceItem> themes() {
        return projects.themes();
    }

    @Transactional(readOnly = true)
    public List<ReferenceItem> cooperationTypes() {
        return projects.cooperationTypes();
    }

    @Transactional(readOnly = true)
    public List<Organisation> partnerCities() {
        return organisations.ofKind(OrganisationKind.PARTNER_CITY);
    }

    private void checkProposal(ProjectProposal proposal) {
        validator.check(proposal);
        List<FieldProblem> problems = new ArrayList<>();
        if (organisations.findByCode(proposal.getPartnerCode()).filter(o -> o.kind() == OrganisationKind.PARTNER_CITY).isEmpty()) {
            problems.add(FieldProblem.of("partnerCode", "project.problem.partner"));
        }
        if (projects.themes().stream().noneMatch(theme -> theme.code().equals(proposal.getThemeCode()))) {
            problems.add(FieldProblem.of("themeCode", "project.problem.theme"));
        }
        if (projects.cooperationTypes().stream().noneMatch(type -> type.code().equals(proposal.getCooperationTypeCode()))) {
            problems.add(FieldProblem.of("cooperationTypeCode", "project.problem.cooperation-type"));
        }
        if (proposal.getPlannedEnd().isBefore(proposal.getPlannedStart())) {
            problems.add(FieldProblem.of("plannedEnd", "project.problem.planned-end"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
