package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Requests over HTTP, as an attacker would send them: anonymous and wrong-role requests are
 * refused, the engine's REST API and webapps are for admins only, and the application's own
 * endpoints give nothing of another organisation.
 */
@CityCoopTest
class AccessControlTest {

    @LocalServerPort
    int port;

    @Autowired
    ProjectService projects;

    @Autowired
    TaskService engineTasks;

    @Autowired
    TestUsers users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping endpoints;

    /** The application's own REST endpoints (not the engine's), each walked by a test below or in the test named. */
    private static final Set<String> WALKED_ENDPOINTS = Set.of("/api/projects.csv", "/api/projects/{code}/iati",
            "/api/iati/activities.xml",
            // walked by ApiAccessTest
            "/api/projects", "/api/projects/{code}", "/api/organisations/import", "/api/projects/import",
            // walked by ReportEndpointsTest
            "/api/reports/projects-by-region", "/api/reports/lead-organisations");

    private Project kitakyushuProject;
    private String kitakyushuTaskId;

    @BeforeEach
    void aKitakyushuProposalWaitsForScreening() {
        kitakyushuProject = projects.propose(TestProposals.of("Access test " + UUID.randomUUID(), "SBY"),
                users.get("kitakyushu.officer"));
        kitakyushuTaskId = engineTasks.createTaskQuery().processInstanceBusinessKey(kitakyushuProject.code()).singleResult().getId();
    }

    @Test
    void everyEndpointOfTheApplicationIsWalked() {
        Set<String> declared = endpoints.getHandlerMethods().entrySet().stream()
                .filter(mapping -> mapping.getValue().getBeanType().getPackageName().startsWith("org.citycoop"))
                .flatMap(mapping -> mapping.getKey().getPatternValues().stream())
                .collect(Collectors.toSet());

        assertThat(declared).as("a new endpoint: add a test that an outsider gets nothing of another organisation from it")
                .isEqualTo(WALKED_ENDPOINTS);
    }

    @Test
    void theCsvExportHoldsOnlyProjectsOfTheCallersOrganisationWhateverTheFilterNames() {
        String title = kitakyushuProject.title();
        for (String query : new String[] {"", "?partner=SBY", "?status=" + kitakyushuProject.status()}) {
            HttpResponse<String> own = WebClient.signedIn(port, "kitakyushu.officer", "demo").get("/api/projects.csv" + query);
            assertThat(own.statusCode()).isEqualTo(200);
            assertThat(own.body()).as("control " + query).contains(kitakyushuProject.code(), title);
            for (String outsider : new String[] {"yokohama.officer", "yokohama.manager", "dalian.partner", "moe.reviewer"}) {
                HttpResponse<String> csv = WebClient.signedIn(port, outsider, "demo").get("/api/projects.csv" + query);
                assertThat(csv.statusCode()).as(outsider + query).isIn(200, 403);
                assertThat(csv.body()).as(outsider + query).doesNotContain(kitakyushuProject.code(), title);
            }
        }
        assertThat(WebClient.anonymous(port).get("/api/projects.csv").statusCode()).isIn(302, 401);
    }

    @Test
    void theIatiExportGivesAnOutsiderNothingOfAnotherOrganisationsProject() {
        String title = kitakyushuProject.title();
        String path = "/api/projects/" + kitakyushuProject.code() + "/iati";
        HttpResponse<String> own = WebClient.signedIn(port, "kitakyushu.officer", "demo").get(path);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        assertThat(own.body()).contains("-" + kitakyushuProject.code() + "</iati-identifier>", title);

        for (String outsider : new String[] {"yokohama.officer", "dalian.partner", "moe.reviewer"}) {
            WebClient client = WebClient.signedIn(port, outsider, "demo");
            HttpResponse<String> project = client.get(path);
            HttpResponse<String> missing = client.get("/api/projects/KIT-2099-999/iati");
            assertThat(project.statusCode()).as(outsider).isEqualTo(404);
            assertThat(project.body()).as(outsider).doesNotContain(title)
                    .isEqualTo(missing.body().replace("KIT-2099-999", kitakyushuProject.code()));
            HttpResponse<String> activities = client.get("/api/iati/activities.xml");
            assertThat(activities.statusCode()).as(outsider).isIn(200, 204);
            assertThat(activities.body()).as(outsider).doesNotContain(kitakyushuProject.code(), title);
        }
        assertThat(WebClient.anonymous(port).get(path).statusCode()).isIn(302, 401);
        assertThat(WebClient.anonymous(port).get("/api/iati/activities.xml").statusCode()).isIn(302, 401);
    }

    @Test
    void anonymousEngineRestIsUnauthorised() {
        HttpResponse<String> response = WebClient.anonymous(port).get("/engine-rest/task");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
        assertThat(response.body()).doesNotContain(kitakyushuTaskId);
    }

    @Test
    void engineRestIsForAdminsOnly() {
        assertThat(WebClient.basic(port, "yokohama.officer", "demo").get("/engine-rest/task").statusCode()).isEqualTo(403);
        assertThat(WebClient.basic(port, "kitakyushu.manager", "demo").get("/engine-rest/task").statusCode()).isEqualTo(403);
        assertThat(WebClient.basic(port, "admin", "wrong-password").get("/engine-rest/task").statusCode()).isEqualTo(401);

        HttpResponse<String> admin = WebClient.basic(port, "admin", "demo").get("/engine-rest/task/" + kitakyushuTaskId);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("Screen project proposal");
    }

    @Test
    void aYokohamaOfficerCannotReadOrCompleteAKitakyushuTaskThroughEngineRest() {
        WebClient yokohama = WebClient.basic(port, "yokohama.officer", "demo");

        assertThat(yokohama.get("/engine-rest/task/" + kitakyushuTaskId).statusCode()).isEqualTo(403);
        assertThat(yokohama.postJson("/engine-rest/task/" + kitakyushuTaskId + "/complete", "{}").statusCode()).isEqualTo(403);
        assertThat(engineTasks.createTaskQuery().taskId(kitakyushuTaskId).count()).isOne();
    }

    @Test
    void theEngineAnswersNoUnboundedQueryEvenToAnAdmin() {
        WebClient admin = WebClient.basic(port, "admin", "demo");

        HttpResponse<String> huge = admin.get("/engine-rest/task?maxResults=100000");
        HttpResponse<String> unbounded = admin.get("/engine-rest/history/task");

        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("Max results limit of 500 exceeded");
        assertThat(unbounded.statusCode()).as("a list query without maxResults").isEqualTo(400);
        assertThat(admin.get("/engine-rest/task?maxResults=500").statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedInSessionDoesNotAuthoriseEngineRest() {
        // engine REST is stateless Basic only: a browser session of an admin cannot be ridden by a forged request
        WebClient adminSession = WebClient.signedIn(port, "admin", "demo");

        assertThat(adminSession.get("/engine-rest/task").statusCode()).isEqualTo(401);
    }

    @Test
    void camundaWebappsAreForAdminsOnly() {
        assertThat(WebClient.anonymous(port).get("/camunda/app/cockpit/default/").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(WebClient.signedIn(port, "kitakyushu.manager", "demo").get("/camunda/app/cockpit/default/").statusCode())
                .isEqualTo(403);
        assertThat(WebClient.signedIn(port, "admin", "demo").get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    }

    @Test
    void theWebappAdminSetupEndpointIsClosed() {
        String newAdmin = "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-pass\"}}";

        HttpResponse<String> anonymous = WebClient.anonymous(port).postJson("/camunda/api/admin/setup/default/user/create", newAdmin);
        HttpResponse<String> admin = WebClient.signedIn(port, "admin", "demo").postJson("/camunda/api/admin/setup/default/user/create", newAdmin);

        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(WebClient.basic(port, "admin", "demo").get("/engine-rest/user/intruder/profile").statusCode()).isEqualTo(404);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        for (String path : new String[] {"/", "/projects", "/project/propose", "/task/project/screen-proposal/" + kitakyushuTaskId}) {
            HttpResponse<String> response = WebClient.anonymous(port).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(WebClient.anonymous(port).get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void vaadinWithoutTrailingSlashDoesNotBypassSecurity() {
        // CVE-2026-2742 affects Vaadin 24.9.5
        for (String path : new String[] {"/VAADIN", "/VAADIN;x=1", "/VAADIN%2F..%2Fprojects"}) {
            HttpResponse<String> response = WebClient.anonymous(port).get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 400, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("Access test");
        }
    }

    @Test
    void aWrongPasswordDoesNotSignIn() {
        assertThatThrownBy(() -> WebClient.signedIn(port, "kitakyushu.officer", "not-demo"))
                .hasMessageContaining("failed");
    }
}
