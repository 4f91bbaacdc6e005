package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * The /api chain's own refusals — 401 without valid credentials, 403 for a role that may not, 429 for
 * a throttled guesser — are in the caller's language (DD035): the signed-in user's choice, else
 * {@code Accept-Language} (ja or en), else English.
 */
@CityCoopTest
class ApiRefusalsInTheCallersLanguageTest {

    private static final String JAPANESE = "ja-JP,ja;q=0.9,en;q=0.5";
    private static final String OFFICER = "kitakyushu.officer";
    private static final byte[] FILE = "code,name,kind,country,parent_code\n".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort int port;
    @Autowired UserLanguageService languages;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void forgetTheChoice() {
        jdbc.sql("update app_user set preferred_language = null where username = :username").param("username", OFFICER).update();
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
