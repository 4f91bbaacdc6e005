package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.citycoop.name.Name;
import org.citycoop.CityCoopTest;
import org.citycoop.TestFiles;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.NotAvailableException;
import org.citycoop.base.SecurityLog;
import org.citycoop.base.SecurityLogFilter;
import org.citycoop.document.DocumentRef;
import org.citycoop.indicator.Indicator;
import org.citycoop.indicator.Indicator.Direction;
import org.citycoop.indicator.IndicatorService;
import org.citycoop.organisation.OrganisationImport;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectDocumentService;
import org.citycoop.project.ProjectImport;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The security log (issue 7, "Audit trail"): sign-ins, refusals and task completions with who,
 * organisation, what, when and from where; append-only; visible to admins only; outside text
 * cannot forge a log line. Addresses come from X-Forwarded-For, which the trusted local proxy may set.
 */
@CityCoopTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityLogTest {

    private static final String ORGANISATIONS_HEADER = String.join(",", OrganisationImport.COLUMNS) + "\n";
    private static final String PROJECTS_HEADER = String.join(",", ProjectImport.COLUMNS) + "\n";

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;
    @Autowired SecurityLog log;
    @Autowired ProjectService projects;
    @Autowired TaskService engineTasks;
    @Autowired TestUsers users;
    @Autowired ProjectDocumentService documents;
    @Autowired IndicatorService indicators;

    @Test
    void signInsSucceededAndFailedAreLoggedWithOrganisationAndTheClientsAddress() {
        WebClient.anonymous(port).withHeader("X-Forwarded-For", "192.0.2.10").submitLogin("kitakyushu.manager", "demo");
        WebClient.basic(port, "dalian.partner", "not-the-password").withHeader("X-Forwarded-For", "192.0.2.11").get("/api/projects");

        assertThat(entries("kitakyushu.manager", "192.0.2.10")).extracting(Row::action, Row::organisation)
                .contains(tuple("LOGIN_SUCCEEDED", "KIT"));
        assertThat(entries("dalian.partner", "192.0.2.11")).extracting(Row::action, Row::organisation, Row::detail)
                .containsExactly(tuple("LOGIN_FAILED", "DLC", "GET /api/projects: Bad credentials"));
    }

    @Test
    void anotherOrganisationsProjectAskedForByIdAndTheEnginesApiRefusedAreInTheLog() {
        Project kitakyushu = projects.propose(TestProposals.of("Log test " + UUID.randomUUID(), "SBY"), users.get("kitakyushu.officer"));

        HttpResponse<String> refused = WebClient.basic(port, "yokohama.officer", "demo").withHeader("X-Forwarded-For", "192.0.2.12")
                .get("/api/projects/" + kitakyushu.code());

        HttpResponse<String> forbidden = WebClient.basic(port, "yokohama.officer", "demo").withHeader("X-Forwarded-For", "192.0.2.12")
                .get("/engine-rest/task");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(entries("yokohama.officer", "192.0.2.12")).extracting(Row::action, Row::organisation, Row::detail)
                .contains(tuple("ACCESS_DENIED", "YOK", "Project " + kitakyushu.code() + " is not available to you"),
                        tuple("ACCESS_DENIED", "YOK", "GET /engine-rest/task"));
    }

    @Test
    void aCompletedTaskIsLoggedWithTheDecisionTaken() {
        Project project = projects.propose(TestProposals.of("Log test " + UUID.randomUUID(), "SBY"), users.get("kitakyushu.officer"));
        String taskId = engineTasks.createTaskQuery().processInstanceBusinessKey(project.code()).singleResult().getId();

        projects.screen(taskId, ScreeningDecision.APPROVE, "fine", users.get("kitakyushu.manager"));

        assertThat(jdbc.sql("select detail from security_event where action = 'TASK_COMPLETED' and actor = 'kitakyushu.manager'"
                        + " and detail like :task").param("task", "%task " + taskId + "%").query(String.class).list())
                .singleElement().satisfies(detail -> assertThat(detail).contains("Task_ScreenProposal", "APPROVE"));
    }

    @Test
    void uploadsDownloadsAndAdminChangesAreLogged() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        Project project = projects.propose(TestProposals.of("Log test " + UUID.randomUUID(), "SBY"), officer);
        String fileName = "minutes-" + UUID.randomUUID() + ".pdf";

        DocumentRef uploaded = documents.upload(project.code(), fileName, TestFiles.pdf("Minutes"), officer);
        documents.download(project.code(), uploaded.id(), users.get("surabaya.partner"));
        String code = "LOG_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        indicators.save(new Indicator(code, Name.english("Logged indicator"), "t", Direction.HIGHER, "WASTE"), users.get("admin"));

        assertThat(jdbc.sql("select actor || ' ' || coalesce(organisation_code, '-') || ' ' || action from security_event"
                        + " where detail like :file or detail = :code order by id")
                .param("file", "%'" + fileName + "'%").param("code", code).query(String.class).list())
                .containsExactly("kitakyushu.officer KIT DOCUMENT_UPLOADED", "surabaya.partner SBY DOCUMENT_DOWNLOADED",
                        "admin CCOP INDICATOR_SAVED");
    }

    @Test
    void importsAcceptedRefusedAndAttemptedWithoutTheRoleAreLoggedWithCountsAndTheClientsAddress() {
        String city = "L" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String town = "M" + city.substring(1);
        WebClient admin = WebClient.basic(port, "admin", "demo").withHeader("X-Forwarded-For", "192.0.2.15");
        byte[] twoOrganisations = csv(ORGANISATIONS_HEADER + city + ",Iloilo City,イロイロ市,PARTNER_CITY,PH,\n" + town + ",Bacolod,バコロド市,PARTNER_CITY,PH,\n");
        byte[] threeProjects = csv(PROJECTS_HEADER
                + city + "-2015-001,Composting,KIT," + city + ",WASTE,CONSULTATION,,2015-04-01,2016-03-31,1000000,CLOSED\n"
                + city + "-2016-001,Water,KIT," + city + ",WATER_SUPPLY,CONSULTATION,,2016-04-01,,2000000,CLOSED\n"
                + town + "-2016-001,Air,KIT," + town + ",AIR_QUALITY,CONSULTATION,,2016-04-01,,3000000,CLOSED\n");
        // two bad fields in one row: an unknown country and a parent that is no cooperative
        byte[] badOrganisation = csv(ORGANISATIONS_HEADER + "N" + city.substring(1) + ",Cebu,,PARTNER_CITY,XX," + city + "\n");
        // a project of a lead that does not exist, ending before it starts
        byte[] badProject = csv(PROJECTS_HEADER + city + "-2017-001,Late,NOPE," + city
                + ",WASTE,CONSULTATION,,2017-04-01,2016-03-31,1000,CLOSED\n");

        assertThat(admin.post("/api/organisations/import", "text/csv", twoOrganisations).statusCode()).isEqualTo(200);
        assertThat(admin.post("/api/projects/import", "text/csv", threeProjects).statusCode()).isEqualTo(200);
        assertThat(admin.post("/api/organisations/import", "text/csv", badOrganisation).statusCode()).isEqualTo(422);
        assertThat(admin.post("/api/projects/import", "text/csv", badProject).statusCode()).isEqualTo(422);
        assertThat(WebClient.basic(port, "kitakyushu.manager", "demo").withHeader("X-Forwarded-For", "192.0.2.16")
                .post("/api/projects/import", "text/csv", threeProjects).statusCode()).isEqualTo(403);

        // every Basic request is a sign-in of its own, logged as such (the first test)
        assertThat(entries("admin", "192.0.2.15")).filteredOn(row -> !row.action().equals("LOGIN_SUCCEEDED"))
                .extracting(Row::action, Row::organisation, Row::detail).containsExactly(
                        tuple("ORGANISATIONS_IMPORTED", "CCOP", "2 organisations"),
                        tuple("PROJECTS_IMPORTED", "CCOP", "3 projects"),
                        tuple("ORGANISATIONS_IMPORT_REFUSED", "CCOP", "2 problems in the imported file; nothing was imported"),
                        tuple("PROJECTS_IMPORT_REFUSED", "CCOP", "2 problems in the imported file; nothing was imported"));
        assertThat(entries("kitakyushu.manager", "192.0.2.16")).filteredOn(row -> !row.action().equals("LOGIN_SUCCEEDED"))
                .extracting(Row::action, Row::organisation, Row::detail)
                .containsExactly(tuple("ACCESS_DENIED", "KIT", "POST /api/projects/import"));
    }

    /** The API's rules let every signed-in user reach the reports; the service refuses the roles they are not for. */
    @Test
    void aRoleRefusedByTheServiceBehindTheApiIsInTheLog() {
        HttpResponse<String> refused = WebClient.basic(port, "yokohama.officer", "demo").withHeader("X-Forwarded-For", "192.0.2.17")
                .get("/api/reports/projects-by-region?fromJfy=2026&toJfy=2027");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(entries("yokohama.officer", "192.0.2.17")).extracting(Row::action, Row::organisation, Row::detail)
                .contains(tuple("ACCESS_DENIED", "YOK", "Reports are for managers and administrators; yokohama.officer is neither"));
    }

    @Test
    void theLogIsAppendOnlyEvenForTheTablesOwner() {
        WebClient.basic(port, "moe.reviewer", "demo").get("/api/projects");

        assertThatThrownBy(() -> jdbc.sql("update security_event set action = 'NOTHING' where actor = 'moe.reviewer'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from security_event where actor = 'moe.reviewer'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate security_event").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from security_event where actor = 'moe.reviewer' and action = 'LOGIN_SUCCEEDED'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aUsernameWithLineBreaksCannotForgeALogLine(CapturedOutput output) {
        String forged = "intruder\r\nsecurity LOGIN_SUCCEEDED actor=admin organisation=ADMIN";

        WebClient.basic(port, forged, "guess-" + UUID.randomUUID()).withHeader("X-Forwarded-For", "192.0.2.13").get("/api/projects");

        assertThat(output.getAll()).contains("actor=intruder\\r\\nsecurity LOGIN_SUCCEEDED actor=admin");
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("security LOGIN_SUCCEEDED"));
        assertThat(entries(forged, "192.0.2.13")).extracting(Row::action).containsExactly("LOGIN_FAILED");
    }

    @Test
    void onlyAnAdministratorReadsTheLogAndItsFiltersNarrowIt() {
        WebClient.basic(port, "surabaya.partner", "demo").withHeader("X-Forwarded-For", "192.0.2.14").get("/api/projects");
        CityCoopUser admin = users.get("admin");

        SecurityLogFilter partnerSignIns = new SecurityLogFilter("SURABAYA", "SBY", "LOGIN_SUCCEEDED", null, null);
        assertThat(log.find(partnerSignIns, 0, 50, admin)).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("surabaya.partner"));
        assertThat(log.find(new SecurityLogFilter("surabaya", "KIT", null, null, null), 0, 50, admin)).isEmpty();
        assertThat(log.count(partnerSignIns, admin)).isPositive();

        for (String outsider : List.of("kitakyushu.manager", "surabaya.partner", "jica.reviewer")) {
            assertThatThrownBy(() -> log.find(SecurityLogFilter.ALL, 0, 50, users.get(outsider)))
                    .as(outsider).isInstanceOf(NotAvailableException.class);
        }
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<Row> entries(String actor, String address) {
        return jdbc.sql("select action, organisation_code, detail from security_event where actor = :actor and client_address = :address order by id")
                .param("actor", actor).param("address", address)
                .query((rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    private record Row(String action, String organisation, String detail) {
    }
}
