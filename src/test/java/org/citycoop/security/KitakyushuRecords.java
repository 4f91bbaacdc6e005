package org.citycoop.security;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.citycoop.TestFiles;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.document.DocumentRef;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.project.ProjectDocumentService;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CrossOrganisation.OwnedTask;
import org.citycoop.workflow.ScopeVariables;
import org.citycoop.workflow.WorkTask;
import org.springframework.stereotype.Component;

/**
 * Organisation A of the access walks: a Kitakyushu project with Surabaya, a document and a comment
 * on it, and one open task of every form key the models hold, each scoped as the engine scopes it
 * (lead Kitakyushu, partner Surabaya, agency JICA, member Arakawa). The tasks are started directly
 * before their activity: the walks need a real open task of each kind, not the path to it (the
 * process tests walk the paths). {@link CrossOrganisation#close()} ends every process of the project.
 */
@Component
class KitakyushuRecords {

    static final String LEAD = "KIT";
    static final String PARTNER = "SBY";
    static final String AGENCY = "JICA";
    static final String MEMBER = "ARAKAWAKU";

    private final ProjectService projects;
    private final ProjectDocumentService documents;
    private final ProjectCommentService comments;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final TestUsers users;

    KitakyushuRecords(ProjectService projects, ProjectDocumentService documents, ProjectCommentService comments,
                      RepositoryService repository, RuntimeService runtime, TaskService engineTasks, TestUsers users) {
        this.projects = projects;
        this.documents = documents;
        this.comments = comments;
        this.repository = repository;
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.users = users;
    }

    /** A fresh project of Kitakyushu with its records; every text of it carries a marker no other record has. */
    CrossOrganisation create() {
        String marker = "Access walk " + UUID.randomUUID();
        var officer = users.get(CrossOrganisation.rightful(Roles.OFFICER));
        Project project = projects.propose(TestProposals.of(marker, PARTNER), officer);
        String fileName = marker.replace(' ', '-') + ".pdf";
        DocumentRef document = documents.upload(project.code(), fileName, TestFiles.pdf(marker), officer);
        // the comment mentions the manager: the mention's own address is walked too
        String comment = "Comment on " + marker + " for @" + CrossOrganisation.rightful(Roles.MANAGER);
        comments.comment(project.code(), comment, officer);
        long commentId = comments.commentsOf(project.code(), officer).get(0).id();
        List<String> instances = new ArrayList<>();
        Map<String, OwnedTask> tasks = new TreeMap<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (UserTask userTask : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                ProcessInstance instance = runtime.createProcessInstanceByKey(definition.getKey()).businessKey(project.code())
                        .setVariables(scope()).startBeforeActivity(userTask.getId()).execute();
                instances.add(instance.getId());
                Task task = engineTasks.createTaskQuery().processInstanceId(instance.getId())
                        .taskDefinitionKey(userTask.getId()).list().get(0);
                tasks.put(userTask.getCamundaFormKey(), new OwnedTask(userTask.getCamundaFormKey(), userTask.getId(),
                        userTask.getCamundaCandidateGroups(), task.getId()));
            }
        }
        return new CrossOrganisation(project, marker, document, comment, commentId, tasks, () -> endAllWorkOf(project.code()));
    }

    /** The variables the engine scopes tasks by, and the dates the models' timers read. */
    private static Map<String, Object> scope() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ScopeVariables.LEAD_ORGANISATION, LEAD);
        variables.put(ScopeVariables.PARTNER_ORGANISATION, PARTNER);
        variables.put(ScopeVariables.FUNDING_AGENCY, AGENCY);
        variables.put(ScopeVariables.MEMBER_ORGANISATION, MEMBER);
        variables.put("memberOrganisations", new ArrayList<>(List.of(MEMBER)));
        Date later = Date.from(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(90).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant());
        for (String timer : List.of("agreementRenewalReminderAt", "revisionDeadline", "reportOpensAt", "reportDueAt",
                "returnDate", "nextRoundAt")) {
            variables.put(timer, later);
        }
        return variables;
    }

    /** The walk's tasks leave the inboxes of the other tests. */
    private void endAllWorkOf(String code) {
        List<String> open = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                .filter(instance -> instance.getRootProcessInstanceId().equals(instance.getId()))
                .map(ProcessInstance::getId).toList();
        if (!open.isEmpty()) {
            runtime.deleteProcessInstances(open, "access walk done", true, true);
        }
    }

    /** The route of a task screen, as the inbox links it. */
    static String routeOf(OwnedTask task) {
        return WorkTask.routeOf(task.formKey(), task.taskId());
    }
}
