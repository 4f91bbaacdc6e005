package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.base.UserLanguageService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The REST API tells its problems in the caller's language (DD030): the language the signed-in user
 * chose, else {@code Accept-Language}, else English — invalid parameters, import reasons and the
 * problem titles alike; the parameter or field stays named as it is.
 */
@CityCoopTest
class ApiProblemsInTheCallersLanguageTest {

    private static final String JAPANESE = "ja-JP,ja;q=0.9,en;q=0.5";
    private static final String MANAGER = "kitakyushu.manager";

    @LocalServerPort int port;
    @Autowired UserLanguageService languages;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void forgetTheChoice() {
        jdbc.sql("update app_user set preferred_language = null where username = :username").param("username", MANAGER).update();
    }

    @Test
    void aCallerAskingForJapaneseGetsJapaneseReasons() throws Exception {
        WebClient manager = WebClient.signedInWithBasic(port, MANAGER, "demo").withHeader("Accept-Language", JAPANESE);

        JsonNode range = problem(manager.get("/api/reports/projects-by-region?fromJfy=2013"), 400);
        assertThat(range.get("title").asText()).isEqualTo("クエリパラメーターが正しくありません");
        assertThat(range.get("parameter").asText()).isEqualTo("toJfy");
        assertThat(range.get("detail").asText()).isEqualTo("toJfy: 集計の最後の年度を指定してください（例: 2017）。");

        JsonNode page = problem(manager.get("/api/projects?limit=0"), 400);
        assertThat(page.get("title").asText()).isEqualTo("リクエストが正しくありません");
        assertThat(page.get("errors").get(0).get("field").asText()).isEqualTo("limit");
        assertThat(page.get("errors").get(0).get("reason").asText()).isEqualTo("1件から500件までの案件を指定してください。続きは offset で取得してください。");

        byte[] latin1 = "code,name,kind,country,parent_code\nKIT,Kitaky\u00fcshu,MUNICIPALITY,JP,\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        JsonNode file = problem(WebClient.basic(port, "admin", "demo").withHeader("Accept-Language", JAPANESE)
                .post("/api/organisations/import", "text/csv", latin1), 422);
        assertThat(file.get("title").asText()).isEqualTo("ファイルは取り込まれませんでした");
        assertThat(file.get("errors").get(0).get("reason").asText())
                .isEqualTo("ファイルがUTF-8のテキストではありません。「CSV UTF-8」形式で保存してください。");
    }

    @Test
    void theUsersChosenLanguageWinsAndNoChoiceNorHeaderIsEnglish() throws Exception {
        String path = "/api/projects?offset=-1";
        assertThat(problem(WebClient.signedInWithBasic(port, MANAGER, "demo").get(path), 400).get("errors").get(0).get("reason").asText())
                .isEqualTo("Start at 0 or later.");

        languages.choose(users.get(MANAGER), MANAGER, "ja");
        JsonNode chosen = problem(WebClient.signedInWithBasic(port, MANAGER, "demo").withHeader("Accept-Language", "en").get(path), 400);
        assertThat(chosen.get("errors").get(0).get("reason").asText()).isEqualTo("0以上から始めてください。");
    }

    private JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return json.readTree(response.body());
    }
}
