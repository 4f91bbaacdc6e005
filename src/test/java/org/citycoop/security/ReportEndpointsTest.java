package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citycoop.CityCoopTest;
import org.citycoop.dashboard.DashboardFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/reports/projects-by-region} and {@code /api/reports/lead-organisations} over HTTP:
 * exactly the JSON of issue 6, for the caller's organisation only; a bad range is a 400 problem
 * naming the parameter; officers, partners and reviewers get 403, anonymous callers nothing.
 */
@CityCoopTest
class ReportEndpointsTest {

    private static final List<String> REGIONS = List.of("NORTHEAST_ASIA", "SOUTH_ASIA", "SOUTHEAST_ASIA", "PACIFIC",
            "LATIN_AMERICA", "MIDDLE_EAST", "AFRICA");

    @LocalServerPort
    int port;

    @Autowired DashboardFixture fixture;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void bothReportsAnswerInTheShapeOfTheIssueAndCountOnlyTheCallersProjects() throws Exception {
        // JFY 2045: Surabaya (Southeast Asia) from 1 April 2045, Dalian (Northeast Asia) on 31 March 2046
        fixture.project("KIT", "SBY", "WASTE", LocalDate.of(2045, 4, 1));
        fixture.project("KIT", "DLC", "WASTE", LocalDate.of(2046, 3, 31));
        fixture.project("YOK", "DAD", "SEWERAGE", LocalDate.of(2046, 4, 1));

        JsonNode regions = get("kitakyushu.manager", "/api/reports/projects-by-region?fromJfy=2045&toJfy=2047");
        assertThat(fieldNames(regions)).containsExactly("fromJfy", "toJfy", "regions", "rows", "totals", "total");
        assertThat(regions.get("fromJfy").asInt()).isEqualTo(2045);
        assertThat(regions.get("toJfy").asInt()).isEqualTo(2047);
        assertThat(texts(regions.get("regions"))).containsExactlyElementsOf(REGIONS);
        assertThat(elements(regions.get("rows"))).extracting(row -> row.get("jfy").asInt()).containsExactly(2045, 2046, 2047);
        for (JsonNode row : regions.get("rows")) {
            assertThat(fieldNames(row)).containsExactly("jfy", "counts", "total");
            assertThat(fieldNames(row.get("counts"))).as("every region, zeros included").containsExactlyElementsOf(REGIONS);
        }
        JsonNode jfy2045 = regions.get("rows").get(0);
        assertThat(jfy2045.get("counts").get("SOUTHEAST_ASIA").asLong()).isEqualTo(1);
        assertThat(jfy2045.get("counts").get("NORTHEAST_ASIA").asLong()).isEqualTo(1);
        assertThat(jfy2045.get("counts").get("AFRICA").asLong()).isZero();
        assertThat(jfy2045.get("total").asLong()).isEqualTo(2);
        assertThat(regions.get("rows").get(1).get("total").asLong()).as("Yokohama's JFY 2046 project is not Kitakyushu's").isZero();
        assertThat(fieldNames(regions.get("totals"))).containsExactlyElementsOf(REGIONS);
        assertThat(regions.get("total").asLong()).isEqualTo(2);

        JsonNode leads = get("kitakyushu.manager", "/api/reports/lead-organisations?fromJfy=2045&toJfy=2047");
        assertThat(fieldNames(leads)).containsExactly("total", "rows");
        assertThat(leads.get("total").asLong()).isEqualTo(2);
        assertThat(elements(leads.get("rows"))).hasSize(1);
        JsonNode kitakyushu = leads.get("rows").get(0);
        assertThat(fieldNames(kitakyushu)).containsExactly("code", "name", "projects", "share");
        assertThat(kitakyushu.get("code").asText()).isEqualTo("KIT");
        assertThat(kitakyushu.get("name").get("en").asText()).isEqualTo("City of Kitakyushu");
        assertThat(kitakyushu.get("name").get("ja").asText()).isEqualTo("北九州市");
        assertThat(kitakyushu.get("projects").asLong()).isEqualTo(2);
        assertThat(kitakyushu.get("share").asDouble()).isEqualTo(1.0);

        JsonNode yokohama = get("yokohama.manager", "/api/reports/lead-organisations?fromJfy=2045&toJfy=2047");
        assertThat(elements(yokohama.get("rows"))).extracting(row -> row.get("code").asText()).containsExactly("YOK");
        assertThat(get("yokohama.manager", "/api/reports/projects-by-region?fromJfy=2045&toJfy=2045").get("total").asLong()).isZero();

        JsonNode admin = get("admin", "/api/reports/lead-organisations?fromJfy=2045&toJfy=2047");
        assertThat(elements(admin.get("rows"))).extracting(row -> row.get("code").asText()).contains("KIT", "YOK");
    }

    @Test
    void aBadRangeIsAProblemNamingTheParameter() throws Exception {
        WebClient manager = WebClient.signedInWithBasic(port, "kitakyushu.manager", "demo");
        for (String endpoint : List.of("/api/reports/projects-by-region", "/api/reports/lead-organisations")) {
            assertProblem(manager.get(endpoint + "?fromJfy=2017&toJfy=2013"), "toJfy");
            assertProblem(manager.get(endpoint + "?toJfy=2013"), "fromJfy");
            assertProblem(manager.get(endpoint + "?fromJfy=2013"), "toJfy");
            assertProblem(manager.get(endpoint + "?fromJfy=twenty&toJfy=2013"), "fromJfy");
            assertProblem(manager.get(endpoint + "?fromJfy=1950&toJfy=2013"), "toJfy");
        }
    }

    @Test
    void officersPartnersAndReviewersAreRefusedAndAnonymousCallersGetNothing() {
        for (String endpoint : List.of("/api/reports/projects-by-region", "/api/reports/lead-organisations")) {
            String query = endpoint + "?fromJfy=2013&toJfy=2030";
            for (String outsider : List.of("kitakyushu.officer", "surabaya.partner", "jica.reviewer")) {
                HttpResponse<String> refused = WebClient.signedInWithBasic(port, outsider, "demo").get(query);
                assertThat(refused.statusCode()).as(outsider + " " + endpoint).isEqualTo(403);
                assertThat(refused.body()).as(outsider).doesNotContain("\"rows\"", "\"total\"");
            }
            assertThat(WebClient.anonymous(port).get(query).statusCode()).isIn(302, 401);
        }
    }

    private JsonNode get(String username, String path) throws Exception {
        HttpResponse<String> response = WebClient.signedInWithBasic(port, username, "demo").get(path);
        assertThat(response.statusCode()).as(username + " " + path + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return json.readTree(response.body());
    }

    private void assertProblem(HttpResponse<String> response, String parameter) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("parameter").asText()).isEqualTo(parameter);
        assertThat(problem.get("detail").asText()).startsWith(parameter + ": ");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
