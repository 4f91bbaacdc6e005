package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.citycoop.name.Name;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Password guessing over HTTP (attack 10): the login form, HTTP Basic on /api and on /engine-rest
 * are slowed down alike, answered at once with the wait instead of a sleeping thread, and every
 * attempt is in the security log. The delays' arithmetic is LoginThrottleTest's (a movable clock);
 * here each guesser comes from an address of its own (X-Forwarded-For of the trusted local proxy).
 */
@CityCoopTest
class BruteForceTest {

    /** Enough attempts to reach a delay far longer than any pause of a loaded test machine. */
    private static final int ATTEMPTS = LoginThrottle.ACCOUNT.free() + 8;
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;
    @Autowired UserAccountService accounts;

    @Test
    void guessingOverBasicOnTheApiIsAnsweredTooManyRequestsWithTheWait() {
        String guesser = guesser();
        String address = address();

        List<HttpResponse<String>> answers = attempts(() -> WebClient.basic(port, guesser, "guess-" + UUID.randomUUID())
                .withHeader("X-Forwarded-For", address).get("/api/projects"));

        assertThat(answers.subList(0, LoginThrottle.ACCOUNT.free())).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(401));
        HttpResponse<String> throttled = answers.get(answers.size() - 1);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, LoginThrottle.ACCOUNT.cap().toSeconds()));
        assertThat(throttled.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(throttled.body()).contains("try again in");
        assertThat(logged(guesser, address)).contains("LOGIN_FAILED", "LOGIN_THROTTLED")
                .filteredOn("LOGIN_FAILED"::equals).hasSizeGreaterThanOrEqualTo(LoginThrottle.ACCOUNT.free());

        // the engine's REST API asks the same throttle about the same account
        List<HttpResponse<String>> engineAnswers = attempts(() -> WebClient.basic(port, guesser, "guess-" + UUID.randomUUID())
                .withHeader("X-Forwarded-For", address).get("/engine-rest/task"));
        HttpResponse<String> engine = engineAnswers.get(engineAnswers.size() - 1);
        assertThat(engine.statusCode()).isEqualTo(429);
        assertThat(engine.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void guessingOnTheLoginFormSendsBackToTheLoginPageWithTheWait() {
        String guesser = guesser();
        String address = address();

        List<HttpResponse<String>> answers = attempts(() -> WebClient.anonymous(port).withHeader("X-Forwarded-For", address)
                .submitLogin(guesser, "guess-" + UUID.randomUUID()));

        assertThat(answers.get(0).headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(answers.get(answers.size() - 1).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).matches(".*/login\\?throttled=\\d+"));
        assertThat(logged(guesser, address)).contains("LOGIN_FAILED", "LOGIN_THROTTLED");
    }

    @Test
    void othersFromTheSameAddressAndTheRightPasswordAfterwardsAreNotLockedOut() {
        String address = address();
        String owner = guesser();
        accounts.create(owner, Name.english("Throttled officer"), "KAW", "correct horse battery", List.of(Roles.OFFICER));
        attempts(() -> WebClient.basic(port, owner, "guess-" + UUID.randomUUID()).withHeader("X-Forwarded-For", address)
                .get("/api/projects"));

        // a colleague behind the same address signs in: only the guessed account waits
        assertThat(WebClient.basic(port, "kitakyushu.officer", "demo").withHeader("X-Forwarded-For", address).get("/api/projects")
                .statusCode()).isEqualTo(200);
        // and the guessed account is slowed, not locked: its wait is capped (LoginThrottleTest#theRealUserIsNeverLockedOutForGood)
        HttpResponse<String> rightPassword = WebClient.basic(port, owner, "correct horse battery")
                .withHeader("X-Forwarded-For", address()).get("/api/projects");
        assertThat(rightPassword.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(rightPassword.headers().firstValue("Retry-After").orElseThrow()))
                .isLessThanOrEqualTo(LoginThrottle.ACCOUNT.cap().toSeconds());
    }

    /** Attempts until the throttle answers (the last answer) or {@link #ATTEMPTS} are made. */
    private static List<HttpResponse<String>> attempts(Supplier<HttpResponse<String>> attempt) {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            HttpResponse<String> answer = attempt.get();
            answers.add(answer);
            if (answer.statusCode() == 429 || answer.headers().firstValue("Location").orElse("").contains("throttled")) {
                break;
            }
        }
        return answers;
    }

    private List<String> logged(String actor, String address) {
        return jdbc.sql("select action from security_event where actor = :actor and client_address = :address order by id")
                .param("actor", actor).param("address", address).query(String.class).list();
    }

    private static String guesser() {
        return "guesser." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An address of a documentation range (RFC 5737) of its own for each guesser, so that no test slows another down. */
    private static String address() {
        return "203.0.113." + NEXT_ADDRESS.incrementAndGet();
    }
}
