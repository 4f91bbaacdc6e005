package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.project.ProjectComment;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.Screening;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.Inbox;
import org.citycoop.workflow.InboxFilter;
import org.citycoop.workflow.InboxPreferences;
import org.citycoop.workflow.SavedFilter;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7, attack 5: expression language typed into a form is text. It is stored and shown as
 * typed, never evaluated (a title, a comment, a task's form field, an inbox search, a saved filter's
 * name); and the engine evaluates no expression in a stored (Tasklist) filter or an ad-hoc query,
 * through its API or /engine-rest.
 */
@CityCoopTest
class ExpressionInjectionTest {

    /** If evaluated, these would reach the engine's services or compute 49: stored as typed, they prove nothing ran. */
    private static final String JUEL = "${execution.getProcessEngineServices().getRuntimeService()}";
    private static final String DEFERRED = "#{7*7}";

    @LocalServerPort
    int port;

    @Autowired ProjectService projects;
    @Autowired ProjectCommentService comments;
    @Autowired WorkflowService workflow;
    @Autowired InboxPreferences preferences;
    @Autowired FilterService filters;
    @Autowired TaskService tasks;
    @Autowired TestUsers users;

    @Test
    void expressionsTypedIntoFormsAreStoredAndFoundAsText() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        CityCoopUser manager = users.get("kitakyushu.manager");
        String title = JUEL + " " + DEFERRED + " " + UUID.randomUUID();

        Project project = projects.propose(TestProposals.of(title, "SBY"), officer);
        comments.comment(project.code(), "See " + JUEL + " and " + DEFERRED, officer);
        List<WorkTask> found = workflow.inbox(Inbox.GROUP_TASKS, new InboxFilter(null, null, InboxFilter.Due.ANY, title, false),
                Actor.of(manager), 0, 10);
        assertThat(found).as("the inbox search takes the expression as words of the title").hasSize(1);
        projects.screen(found.get(0).id(), ScreeningDecision.RETURN, "Explain " + JUEL, manager);
        SavedFilter saved = preferences.saveFilter(DEFERRED + " " + JUEL, "view=GROUP_TASKS", null, Actor.of(manager));

        assertThat(projects.require(project.code(), officer).title()).isEqualTo(title);
        assertThat(comments.commentsOf(project.code(), officer)).extracting(ProjectComment::body)
                .containsExactly("See " + JUEL + " and " + DEFERRED);
        assertThat(projects.screenings(project.code(), officer)).extracting(Screening::comment).containsExactly("Explain " + JUEL);
        assertThat(preferences.savedFiltersOf(Actor.of(manager))).extracting(SavedFilter::name).contains(saved.name());
        assertThat(saved.name()).isEqualTo(DEFERRED + " " + JUEL);
        assertThat(projects.openTasks(project.code(), officer)).extracting(WorkTask::taskDefinitionKey)
                .as("the process went on with the decision, not with anything the text said")
                .containsExactly(ProjectProcess.TASK_REVISE_PROPOSAL);
    }

    @Test
    void aStoredTasklistFilterWithAnExpressionIsRefused() {
        assertThatThrownBy(() -> {
            Filter filter = filters.newTaskFilter("Mine by expression " + UUID.randomUUID());
            filter.setQuery(tasks.createTaskQuery().taskAssigneeExpression(JUEL));
            filters.saveFilter(filter);
        }).isInstanceOf(ProcessEngineException.class).hasMessageContaining("Expressions are forbidden in stored queries");

        HttpResponse<String> overRest = admin().postJson("/engine-rest/filter/create", """
                {"resourceType": "Task", "name": "Mine by expression", "query": {"assigneeExpression": "%s"}}""".formatted(JUEL));
        assertThat(overRest.statusCode()).as(overRest.body()).isEqualTo(400);
        assertThat(overRest.body()).contains("Expressions are forbidden in stored queries");
        assertThat(filters.createFilterQuery().filterName("Mine by expression").count()).isZero();
    }

    @Test
    void anAdHocQueryWithAnExpressionIsRefused() {
        assertThatThrownBy(() -> tasks.createTaskQuery().dueAfterExpression("${now()}").list())
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Expressions are forbidden in adhoc queries");

        // a bounded page: an unbounded one is refused before the expression is looked at (queryMaxResultsLimit)
        HttpResponse<String> overRest = admin().get("/engine-rest/task?maxResults=10&dueAfterExpression="
                + URLEncoder.encode("${dateTime().minusYears(1).toDate()}", StandardCharsets.UTF_8));
        assertThat(overRest.statusCode()).as(overRest.body()).isEqualTo(400);
        assertThat(overRest.body()).contains("Expressions are forbidden in adhoc queries");
    }

    private WebClient admin() {
        return WebClient.basic(port, "admin", "demo");
    }
}
