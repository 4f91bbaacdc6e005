package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
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
 * problem titles alike; the parameter or field stays named as it is. The security chain's own refusals
 * too (DD035): 401 without valid credentials, 403 for a role that may not, 429 for a throttled guesser.
 */
@CityCoopTest
class ApiProblemsInTheCallersLanguageTest {

    private static final String JAPANESE = "ja-JP,ja;q=0.9,en;q=0.5";
    private static final String MANAGER = "kitakyushu.manager";
    private static final String OFFICER = "kitakyushu.officer";
    private static final byte[] FILE = "code,name,kind,country,parent_code\n".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort int port;
    @Autowired UserLanguageService languages;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void forgetTheChoice() {
        jdbc.sql("update app_user set preferred_language = null where username in (:usernames)")
                .param("usernames", List.of(MANAGER, OFFICER)).update();
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

        byte[] latin1 = "code,name,kind,country,parent_code\nKIT,Kitaky\u00fcshu,MUNICIPALITY,JP,\n".getBytes(StandardCharsets.ISO_8859_1);
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

    @Test
    void unauthorizedInJapaneseAndEnglish() throws Exception {
        JsonNode japanese = problem(WebClient.anonymous(port).withHeader("Accept-Language", JAPANESE).get("/api/projects"), 401);
        assertThat(japanese.get("title").asText()).isEqualTo("認証されていません");
        assertThat(japanese.get("detail").asText()).isEqualTo("CityCoopアカウントのユーザー名とパスワードをHTTP Basic認証で送ってください。");

        JsonNode english = problem(WebClient.anonymous(port).withHeader("Accept-Language", "en-GB").get("/api/projects"), 401);
        assertThat(english.get("title").asText()).isEqualTo("Unauthorized");
        assertThat(english.get("detail").asText()).isEqualTo("Send the user name and password of a CityCoop account by HTTP Basic.");

        JsonNode neither = problem(WebClient.anonymous(port).withHeader("Accept-Language", "id-ID").get("/api/projects"), 401);
        assertThat(neither.get("title").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void forbiddenInJapaneseAndEnglishAndInTheUsersChoiceOnceSignedIn() throws Exception {
        JsonNode japanese = problem(WebClient.basic(port, OFFICER, "demo").withHeader("Accept-Language", JAPANESE)
                .post("/api/organisations/import", "text/csv", FILE), 403);
        assertThat(japanese.get("title").asText()).isEqualTo("禁止されています");
        assertThat(japanese.get("detail").asText()).isEqualTo("あなたの役割ではこのリクエストはできません。");

        JsonNode english = problem(WebClient.basic(port, OFFICER, "demo").withHeader("Accept-Language", "en")
                .post("/api/organisations/import", "text/csv", FILE), 403);
        assertThat(english.get("title").asText()).isEqualTo("Forbidden");
        assertThat(english.get("detail").asText()).isEqualTo("Your role does not allow this request.");

        languages.choose(users.get(OFFICER), OFFICER, "ja");
        JsonNode chosen = problem(WebClient.basic(port, OFFICER, "demo").withHeader("Accept-Language", "en")
                .post("/api/organisations/import", "text/csv", FILE), 403);
        assertThat(chosen.get("title").asText()).isEqualTo("禁止されています");
    }

    @Test
    void tooManyAttemptsInJapaneseAndEnglish() throws Exception {
        JsonNode japanese = problem(throttled(JAPANESE, "203.0.113.201"), 429);
        assertThat(japanese.get("title").asText()).isEqualTo("リクエストが多すぎます");
        assertThat(japanese.get("detail").asText()).matches("このアカウントまたはこのアドレスからのサインインの失敗が多すぎます。\\d+秒後にもう一度お試しください。");

        JsonNode english = problem(throttled("en-US,en;q=0.9", "203.0.113.202"), 429);
        assertThat(english.get("title").asText()).isEqualTo("Too Many Requests");
        assertThat(english.get("detail").asText())
                .matches("Too many failed sign-ins for this account or from this address; try again in \\d+ s\\.");
    }

    /** Guesses one new account's password from an address of its own until the throttle answers. */
    private HttpResponse<String> throttled(String acceptLanguage, String address) {
        String guesser = "guesser." + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> answer = null;
        for (int i = 0; i <= LoginThrottle.ACCOUNT.free() + 8 && (answer == null || answer.statusCode() != 429); i++) {
            answer = WebClient.basic(port, guesser, "guess-" + UUID.randomUUID()).withHeader("X-Forwarded-For", address)
                    .withHeader("Accept-Language", acceptLanguage).get("/api/projects");
        }
        return answer;
    }

    private JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return json.readTree(response.body());
    }
}
