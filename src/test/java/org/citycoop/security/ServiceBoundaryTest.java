package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.CityCoopTest;
import org.citycoop.TestFiles;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.NotAvailableException;
import org.citycoop.document.DocumentNotAvailableException;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.project.ProjectDocumentService;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CrossOrganisation.OwnedTask;
import org.citycoop.workflow.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services are the boundary: a screen cannot be made to send another id, but a service
 * method is what every screen, REST call and future caller goes through. Every public method of
 * every {@code @Service} that takes the id of a project, task or document and an actor is called
 * with one of Kitakyushu's ids by an actor of each role from an organisation that does not take
 * part, and must refuse ({@link NotAvailableException} or {@link AccessDeniedException}, or
 * nothing found) and change nothing. Methods that take an id but no actor must be named in
 * {@link #CALLER_CHECKS} with the reason; a new method of either kind fails the walk until it is covered.
 */
@CityCoopTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceBoundaryTest {

    /** Parameter names that carry the id of a project, task, document or other record of a project. */
    private static final Set<String> ID_PARAMETERS = Set.of("taskId", "screeningTaskId", "taskIds", "code", "projectCode",
            "businessKey", "projectId", "documentId", "applicationId", "itemId", "commentId");

    /**
     * Methods that take an id but do not decide who may: the engine's side, or lower layers whose
     * callers check the actor first. The walk leaves them out; a new one must be named here.
     */
    private static final Map<String, String> CALLER_CHECKS = Map.ofEntries(
            Map.entry("AuditTrail#record", "writes the trail for a step its caller already allowed"),
            Map.entry("AuditTrail#recordOnlyFor", "writes the trail for a step its caller already allowed"),
            Map.entry("AuditTrail#ofProject", "the whole trail: tests and the administrators' audit view"),
            Map.entry("AuditTrail#ofProjectAsSeenBy", "read by ProjectService.timeline after require()"),
            Map.entry("AuditTrail#recordForProjectCode", "written by engine delegates"),
            Map.entry("DocumentService#store", "called by feature services after openTask()/require()"),
            Map.entry("DocumentService#storeNew", "called by ProjectDocumentService after require()"),
            Map.entry("DocumentService#replace", "called by ProjectDocumentService after require()"),
            Map.entry("DocumentService#latestOf", "called by ProjectDocumentService after require()"),
            Map.entry("DocumentService#content", "called by ProjectDocumentService after require()"),
            Map.entry("FundingService#eligibilityFactsOf", "engine delegate ProvideEligibilityFacts"),
            Map.entry("FundingService#recordEligibility", "engine delegate RecordEligibility"),
            Map.entry("FundingService#submit", "engine delegate SubmitFundingApplication"),
            Map.entry("FundingService#lapse", "engine delegate RecordFundingLapse"),
            Map.entry("FundingService#hasDeclaredConflict", "engine delegate RefuseConflictedReviewer"),
            Map.entry("ImplementationService#addDispatch", "engine delegate PlanFollowUpVisit"),
            Map.entry("TrainingService#remindOfDueLogistics", "engine delegate RemindOfDueLogistics"),
            Map.entry("IndicatorService#find", "an indicator of the shared library, not a record of a project"),
            Map.entry("OrganisationService#findByCode", "an organisation of the shared register, not a record of a project"),
            Map.entry("OrganisationService#iatiIdentifier", "an organisation's public IATI registration, not a record of a project"),
            Map.entry("OrganisationService#recordIatiIdentifier", "demo data only: the screen calls changeIatiIdentifier, which checks the administrator"),
            Map.entry("WorkflowService#completedTasksOf", "called by ProjectService.timeline after require()"),
            Map.entry("WorkflowService#suspend", "called by ProjectLifecycleService.suspend for the lead's manager"),
            Map.entry("WorkflowService#resume", "called by ProjectLifecycleService.resume for the lead's manager"),
            Map.entry("WorkflowService#cancel", "called by ProjectLifecycleService.cancel for the lead's manager"),
            Map.entry("WorkflowService#isActive", "called by feature services for a project they checked"),
            // takes an actor, but only to record the initiator: starting is the feature service's decision
            Map.entry("WorkflowService#startProcess", "called by feature services once they allowed the step"));

    /** Reading methods whose rightful answer needs the records of a building block, which the walk does not create. */
    private static final Map<String, String> CONTROL_ELSEWHERE = Map.ofEntries(
            Map.entry("TrainingService#openTask", "TrainingServiceTest opens training tasks with their programme"),
            Map.entry("DispatchService#openTask", "DispatchServiceTest opens dispatch tasks with their dispatch"),
            Map.entry("FundingReportService#openTask", "FundingReportServiceTest opens report tasks with their duty"),
            Map.entry("FollowUpService#openTask", "FollowUpServiceTest opens follow-up tasks of a project with its action plan"),
            Map.entry("ReviewerWorkspaceService#compare", "ReviewerWorkspaceServiceTest compares a resubmitted application"),
            Map.entry("GoodPracticeService#documentsToShare", "GoodPracticeServiceTest shares the documents of a closed project"),
            Map.entry("FundingApplicationPrintout#write", "FundingApplicationPrintoutTest prints a submitted application"),
            Map.entry("AgreementSummaryPrintout#write", "ProjectPrintoutsTest prints a confirmed agreement"),
            Map.entry("CompletionReportPrintout#write", "ProjectPrintoutsTest prints a written completion report"),
            Map.entry("EvaluationPrintout#write", "ProjectPrintoutsTest prints a recorded evaluation"),
            Map.entry("MissionReportPrintout#write", "MissionReportPrintoutTest prints a submitted mission report"));

    @Autowired
    ApplicationContext context;

    @Autowired
    KitakyushuRecords records;

    @Autowired
    TestUsers users;

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectDocumentService documents;

    @Autowired
    ProjectCommentService comments;

    @Autowired
    TaskService engineTasks;

    private CrossOrganisation kitakyushu;
    private Project yokohamaProject;

    @BeforeAll
    void kitakyushuAndYokohamaHaveProjects() {
        kitakyushu = records.create();
        yokohamaProject = projects.propose(TestProposals.of("Yokohama's own project", "DLC"),
                users.get(CrossOrganisation.outsider(Roles.OFFICER)));
    }

    @AfterAll
    void endTheWork() {
        kitakyushu.close();
    }

    @Test
    void everyServiceMethodThatTakesAnIdIsWalkedOrItsCallerNamed() {
        List<String> unexplained = new ArrayList<>();
        for (Method method : idMethods()) {
            if (actorIndex(method) < 0 && !CALLER_CHECKS.containsKey(name(method))) {
                unexplained.add(name(method));
            }
        }
        List<String> stale = CALLER_CHECKS.keySet().stream()
                .filter(name -> idMethods().stream().noneMatch(method -> name(method).equals(name))).toList();

        assertThat(unexplained).as("methods taking an id without an actor: check the actor, or say in CALLER_CHECKS who does")
                .isEmpty();
        assertThat(stale).as("CALLER_CHECKS names methods that no longer take an id").isEmpty();
    }

    @Test
    void outsidersOfEveryRoleAreRefusedByEveryMethodAndNothingChanges() {
        Snapshot before = snapshot();
        SoftAssertions softly = new SoftAssertions();
        for (Method method : walkedMethods()) {
            for (String role : CrossOrganisation.roles()) {
                OwnedTask task = kitakyushu.taskFor(role);
                CityCoopUser outsider = users.get(CrossOrganisation.outsider(role));
                Outcome outcome = call(method, arguments(method, kitakyushu.code(), task, outsider));
                softly.assertThat(outcome.refuses(task)).as("%s for %s with %s's %s", name(method), outsider.getUsername(),
                        KitakyushuRecords.LEAD, outcome).isTrue();
            }
        }
        softly.assertAll();
        assertThat(snapshot()).as("nothing of Kitakyushu's project changed").isEqualTo(before);
    }

    @Test
    void aDocumentIdOfAnotherProjectIsRefusedUnderTheOutsidersOwnProject() {
        CityCoopUser yokohama = users.get(CrossOrganisation.outsider(Roles.OFFICER));
        long kitakyushuDocument = kitakyushu.document().id();

        assertThat(call(method(ProjectDocumentService.class, "download"), yokohamaProject.code(), kitakyushuDocument, yokohama)
                .thrown()).isInstanceOf(DocumentNotAvailableException.class);
        assertThat(call(method(ProjectDocumentService.class, "replace"), yokohamaProject.code(), kitakyushuDocument,
                "replaced.pdf", TestFiles.pdf("Yokohama's replacement"), yokohama).thrown())
                .isInstanceOf(DocumentNotAvailableException.class);
        assertThat(documents.documentsOf(kitakyushu.code(), users.get(CrossOrganisation.rightful(Roles.OFFICER))))
                .singleElement().satisfies(document -> assertThat(document.version()).isOne());
    }

    /** The control: the reading methods answer Kitakyushu's own people, so the refusals are not vacuous. */
    @Test
    void theReadingMethodsAnswerTheRightfulUsers() {
        SoftAssertions softly = new SoftAssertions();
        for (Method method : walkedMethods()) {
            if (!isReading(method) || CONTROL_ELSEWHERE.containsKey(name(method))) {
                continue;
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (String role : CrossOrganisation.roles()) {
                CityCoopUser rightful = users.get(CrossOrganisation.rightful(role));
                // a task-reading method answers for tasks of its own kind: one of the project's tasks must open
                kitakyushu.tasksByFormKey().values().stream().filter(task -> task.role().equals(role))
                        .forEach(task -> outcomes.add(call(method, arguments(method, kitakyushu.code(), task, rightful))));
            }
            softly.assertThat(outcomes).as(name(method)).anySatisfy(outcome -> assertThat(outcome.thrown()).isNull());
        }
        softly.assertAll();
    }

    // ---- the walk ---------------------------------------------------------------------------

    private List<Method> idMethods() {
        List<Method> found = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.citycoop")) {
                continue;
            }
            Arrays.stream(type.getDeclaredMethods())
                    .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                            && !method.isSynthetic())
                    .filter(method -> Arrays.stream(method.getParameters()).anyMatch(p -> ID_PARAMETERS.contains(p.getName())))
                    .forEach(found::add);
        }
        found.sort(Comparator.comparing(ServiceBoundaryTest::name).thenComparing(Method::getParameterCount));
        assertThat(found).as("parameter names are compiled in (-parameters)").isNotEmpty();
        return found;
    }

    /** Methods that take an id and an actor. */
    private List<Method> walkedMethods() {
        return idMethods().stream().filter(method -> actorIndex(method) >= 0 && !CALLER_CHECKS.containsKey(name(method))).toList();
    }

    private static int actorIndex(Method method) {
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (CityCoopUser.class.isAssignableFrom(types[i]) || Actor.class.equals(types[i])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isReading(Method method) {
        Transactional transactional = method.getAnnotation(Transactional.class);
        return transactional != null && transactional.readOnly();
    }

    /** Kitakyushu's ids where the method takes ids, the actor where it takes one, harmless valid-looking values elsewhere. */
    private Object[] arguments(Method method, String code, OwnedTask task, CityCoopUser actor) {
        Parameter[] parameters = method.getParameters();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = argument(parameters[i], code, task, actor);
        }
        return values;
    }

    private Object argument(Parameter parameter, String code, OwnedTask task, CityCoopUser actor) {
        Class<?> type = parameter.getType();
        return switch (parameter.getName()) {
            case "taskId", "screeningTaskId" -> task.taskId();
            case "taskIds" -> List.of(task.taskId());
            case "taskDefinitionKey" -> task.taskDefinitionKey();
            case "code", "projectCode", "businessKey" -> code;
            case "documentId" -> kitakyushu.document().id();
            default -> {
                if (CityCoopUser.class.isAssignableFrom(type)) {
                    yield actor;
                }
                if (Actor.class.equals(type)) {
                    yield Actor.of(actor);
                }
                yield harmless(type);
            }
        };
    }

    private static Object harmless(Class<?> type) {
        if (type == String.class) {
            return "Access walk input";
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == LocalDate.class) {
            return LocalDate.now().plusDays(30);
        }
        if (type == byte[].class) {
            return TestFiles.pdf("Access walk input");
        }
        if (type == OutputStream.class) {
            return new ByteArrayOutputStream();
        }
        if (Collection.class.isAssignableFrom(type)) {
            return List.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException noDefault) {
            return null;
        }
    }

    private Outcome call(Method method, Object... arguments) {
        Object bean = context.getBean(method.getDeclaringClass());
        try {
            return new Outcome(method.invoke(bean, arguments), null);
        } catch (InvocationTargetException thrown) {
            return new Outcome(null, thrown.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).filter(method -> method.getName().equals(name)).findFirst().orElseThrow();
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName();
    }

    /** What a call did: returned {@code result} or threw {@code thrown}. */
    private record Outcome(Object result, Throwable thrown) {

        /** Refused as a denial must be: the neutral exception, or nothing found, or the task named as refused. */
        boolean refuses(OwnedTask task) {
            if (thrown != null) {
                return thrown instanceof NotAvailableException || thrown instanceof AccessDeniedException;
            }
            if (result instanceof Optional<?> optional) {
                return optional.isEmpty();
            }
            if (result instanceof Collection<?> collection) {
                // claimAll and reassignAll answer with the ids they refused
                return collection.isEmpty() || collection.equals(List.of(task.taskId()));
            }
            if (result instanceof Map<?, ?> map) {
                return map.isEmpty();
            }
            if (result instanceof Boolean answer) {
                // a question about the record (has the task a comment thread?) answered no; that nothing
                // changed is checked after every call all the same
                return !answer;
            }
            return false;
        }

        @Override
        public String toString() {
            return thrown != null ? "threw " + thrown : "returned " + result;
        }
    }

    // ---- nothing changed --------------------------------------------------------------------

    private record Snapshot(String status, Map<String, String> assignees, int comments, int documents) {
    }

    private Snapshot snapshot() {
        CityCoopUser officer = users.get(CrossOrganisation.rightful(Roles.OFFICER));
        Map<String, String> assignees = new TreeMap<>();
        for (Task task : engineTasks.createTaskQuery().processInstanceBusinessKey(kitakyushu.code()).list()) {
            assignees.put(task.getId(), task.getAssignee() + " " + task.getFollowUpDate() + " " + task.isSuspended());
        }
        return new Snapshot(projects.require(kitakyushu.code(), officer).status().name(), assignees,
                comments.commentsOf(kitakyushu.code(), officer).size(), documents.documentsOf(kitakyushu.code(), officer).size());
    }
}
