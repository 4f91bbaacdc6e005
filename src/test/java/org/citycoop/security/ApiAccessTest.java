package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.CsvTable;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The REST API under /api over HTTP, as an integrator or an attacker sends it: HTTP Basic without
 * a session, anonymous 401, wrong role 403, another organisation's project 404 with nothing of it
 * in the answer, errors as problem details, and the OpenAPI description listing the endpoints.
 */
@CityCoopTest
class ApiAccessTest {

    private static final String ORGANISATIONS_HEADER = "code,name_en,name_ja,kind,country,parent_code\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired ProjectService projects;
    @Autowired OrganisationService organisations;
    @Autowired TestUsers users;

    private Project kitakyushuProject;

    @BeforeEach
    void kitakyushuHasAProject() {
        kitakyushuProject = projects.propose(TestProposals.of("API test " + UUID.randomUUID(), "SBY"), users.get("kitakyushu.officer"));
    }

    @Test
    void anonymousCallsAreAskedForBasicCredentialsWithAProblemDetail() throws Exception {
        for (String path : new String[] {"/api/projects", "/api/projects/" + kitakyushuProject.code()}) {
            HttpResponse<String> response = WebClient.anonymous(port).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
            assertProblem(response, 401);
        }
        for (String path : new String[] {"/api/projects/import", "/api/organisations/import"}) {
            assertThat(WebClient.anonymous(port).post(path, "text/csv", new byte[0]).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(WebClient.basic(port, "kitakyushu.officer", "wrong").get("/api/projects").statusCode()).isEqualTo(401);
    }

    @Test
    void basicCallsSeeTheirOrganisationsProjectsAndCreateNoSession() throws Exception {
        HttpResponse<String> list = WebClient.basic(port, "kitakyushu.officer", "demo").get("/api/projects?partner=SBY&limit=500");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Set-Cookie")).as("no session for Basic").isEmpty();
        JsonNode page = JSON.readTree(list.body());
        assertThat(page.get("projects").findValuesAsText("code")).contains(kitakyushuProject.code());
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);

        JsonNode one = JSON.readTree(WebClient.basic(port, "kitakyushu.officer", "demo").get("/api/projects/" + kitakyushuProject.code()).body());
        assertThat(one.get("title").asText()).isEqualTo(kitakyushuProject.title());
        assertThat(one.get("region").asText()).isEqualTo("SOUTHEAST_ASIA");
        assertThat(one.get("lead").get("code").asText()).isEqualTo("KIT");
        assertThat(one.get("startDate").asText()).isEqualTo("2027-04-01");
        assertThat(one.get("imported").asBoolean()).as("a proposal runs its process").isFalse();
        assertThat(one.get("fundingScheme").isNull()).as("no application yet").isTrue();
    }

    @Test
    void anImportedProjectReadsBackWithTheSchemeOfTheImportFormatAndItsMark() throws Exception {
        String code = "HIST-" + code();
        byte[] file = ("code,title,lead_code,partner_code,theme,cooperation_type,funding_scheme,start_date,end_date,budget_jpy,status\n"
                + code + ",JCM study,KIT,SBY,LOW_CARBON,CONSULTATION,MOE_JCM_C2C,2016-04-01,2017-03-31,15000000,CLOSED\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(WebClient.basic(port, "admin", "demo").post("/api/projects/import", "text/csv", file).statusCode()).isEqualTo(200);

        JsonNode one = JSON.readTree(WebClient.basic(port, "kitakyushu.officer", "demo").get("/api/projects/" + code).body());

        assertThat(one.get("imported").asBoolean()).isTrue();
        assertThat(one.get("fundingScheme").asText()).isEqualTo("MOE_JCM_C2C");
        assertThat(one.get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void anotherOrganisationsProjectIsAnsweredLikeOneThatDoesNotExist() throws Exception {
        for (String outsider : new String[] {"yokohama.officer", "dalian.partner", "moe.reviewer", "admin"}) {
            WebClient client = WebClient.basic(port, outsider, "demo");
            HttpResponse<String> other = client.get("/api/projects/" + kitakyushuProject.code());
            HttpResponse<String> missing = client.get("/api/projects/KIT-1999-999");
            assertThat(other.statusCode()).as(outsider).isEqualTo(404);
            assertThat(other.body()).as(outsider).doesNotContain(kitakyushuProject.title(), "SBY", "Surabaya");
            assertThat(JSON.readTree(other.body()).get("detail").asText()).isEqualTo(JSON.readTree(missing.body()).get("detail").asText());
            assertProblem(other, 404);
            assertThat(client.get("/api/projects?limit=500").body()).as(outsider).doesNotContain(kitakyushuProject.code());
        }
    }

    @Test
    void pageSizesAreBoundedAndBadParametersAreProblemDetails() throws Exception {
        WebClient officer = WebClient.basic(port, "kitakyushu.officer", "demo");
        HttpResponse<String> tooMany = officer.get("/api/projects?limit=501");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooMany.body()).get("errors").get(0).get("field").asText()).isEqualTo("limit");
        assertProblem(tooMany, 400);
        assertProblem(officer.get("/api/projects?status=FINISHED"), 400);
        assertProblem(officer.post("/api/projects", "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 405);
    }

    @Test
    void onlyAnAdministratorImportsAndAWrongRoleChangesNothing() throws Exception {
        String code = code();
        byte[] file = (ORGANISATIONS_HEADER + code + ",Iloilo City,イロイロ市,PARTNER_CITY,PH,\n").getBytes(StandardCharsets.UTF_8);
        for (String notAdmin : new String[] {"kitakyushu.manager", "kitakyushu.officer", "surabaya.partner", "jica.reviewer"}) {
            HttpResponse<String> refused = WebClient.basic(port, notAdmin, "demo").post("/api/organisations/import", "text/csv", file);
            assertThat(refused.statusCode()).as(notAdmin).isEqualTo(403);
            assertProblem(refused, 403);
            assertThat(WebClient.basic(port, notAdmin, "demo").post("/api/projects/import", "text/csv", file).statusCode())
                    .as(notAdmin).isEqualTo(403);
        }
        assertThat(organisations.findByCode(code)).isEmpty();

        HttpResponse<String> imported = WebClient.basic(port, "admin", "demo").post("/api/organisations/import", "text/csv", file);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(imported.body()).get("imported").asInt()).isEqualTo(1);
        assertThat(organisations.findByCode(code)).isPresent();
    }

    @Test
    void aRefusedImportIs422WithEveryBadRow() throws Exception {
        String good = code();
        byte[] file = ("code,title,lead_code,partner_code,theme,cooperation_type,funding_scheme,start_date,end_date,budget_jpy,status\n"
                + "HIST-" + good + ",Fine,KIT,SBY,WASTE,CONSULTATION,,2015-04-01,,100,CLOSED\n"
                + "HIST-X" + good + ",Bad status,KIT,SBY,WASTE,CONSULTATION,,2015-04-01,,100,DONE\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = WebClient.basic(port, "admin", "demo").post("/api/projects/import", "text/csv", file);

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = assertProblem(refused, 422);
        assertThat(problem.get("errors").size()).isEqualTo(1);
        assertThat(problem.get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("errors").get(0).get("column").asText()).isEqualTo("status");
        assertThat(problem.get("errors").get(0).get("reason").asText()).contains("CLOSED");
        assertThat(projects.find("HIST-" + good, users.get("kitakyushu.officer"))).isEmpty();
    }

    @Test
    void anImportOfAnotherMediaTypeOrTooLargeIsRefusedUnread() throws Exception {
        WebClient admin = WebClient.basic(port, "admin", "demo");
        assertProblem(admin.post("/api/organisations/import", "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 415);
        byte[] tooLarge = new byte[CsvTable.MAX_BYTES + 1];
        assertProblem(admin.post("/api/organisations/import", "text/csv", tooLarge), 413);
    }

    @Test
    void aSignedInBrowserSessionMayReadButNotImportWithoutItsCsrfToken() {
        WebClient session = WebClient.signedIn(port, "admin", "demo");
        assertThat(session.get("/api/projects").statusCode()).isEqualTo(200);
        String code = code();
        HttpResponse<String> forged = session.post("/api/organisations/import", "text/csv",
                (ORGANISATIONS_HEADER + code + ",Forged,,CITY,JP,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(organisations.findByCode(code)).isEmpty();
    }

    @Test
    void theOpenApiDescriptionListsTheEndpointsAndBasicAuthentication() throws Exception {
        HttpResponse<String> description = WebClient.anonymous(port).get("/api/openapi.json");

        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.headers().firstValue("Set-Cookie")).as("no session for a public description").isEmpty();
        JsonNode openApi = JSON.readTree(description.body());
        assertThat(openApi.get("paths").fieldNames()).toIterable()
                .contains("/api/projects", "/api/projects/{code}", "/api/projects/import", "/api/organisations/import");
        assertThat(openApi.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
    }

    /** The body is an RFC 9457 problem detail of that status; returned for further checks. */
    private static JsonNode assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem;
    }

    private static String code() {
        return "T" + ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000);
    }
}
