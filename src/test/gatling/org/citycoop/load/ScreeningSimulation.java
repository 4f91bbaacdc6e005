package org.citycoop.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Issue 8 item 5: each virtual user signs in through the Vaadin login form (Spring Security's CSRF
 * token), opens the inbox, opens the one screening task it finds there and approves it — the
 * requests the browser sends for that, captured from headless Chromium, with Vaadin's security key,
 * UI id, sync id and client id carried from response to response, and the nodes to answer and
 * click found in the responses. {@code -Dload.users} users arrive over {@code -Dload.ramp-seconds},
 * thinking {@code -Dload.think-seconds} (±50 %) before each step. Before and after the run the
 * application's heap is read after a full collection, and the database is asked whether every task
 * was completed once (src/docs/benchmarks.md, "Screens under load").
 */
public class ScreeningSimulation extends Simulation {

    private static final int USERS = Integer.getInteger("load.users", 300);
    private static final int RAMP_SECONDS = Integer.getInteger("load.ramp-seconds", 30);
    private static final int THINK_SECONDS = Integer.getInteger("load.think-seconds", 10);
    private static final int JMX_PORT = Integer.getInteger("load.jmx-port", 9011);
    private static final String BASE_URL = "http://localhost:" + Integer.getInteger("load.port", 8089);
    /** The heap and outcome table; beside it heap-histogram.txt, the classes that hold the most heap after the run. */
    private static final Path OUTCOME = Path.of("target", "load", "outcome.md");

    private long heapBefore;
    private int sessionsBefore;

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptLanguageHeader("en-US,en;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) CityCoop load test (Gatling)");

    private final ScenarioBuilder journey = scenario("Screen a proposal")
            .feed(IntStream.rangeClosed(1, USERS).mapToObj(number -> Map.<String, Object>of(
                    "username", "load%04d".formatted(number), "organisation", "LT%04d".formatted(number))).iterator())
            .exec(openLoginPage())
            .pause(think(), think().multipliedBy(3))
            .exec(signInToTheInbox())
            .pause(think(), think().multipliedBy(3))
            .exec(openTheTask())
            .pause(think(), think().multipliedBy(3))
            .exec(approve());

    {
        setUp(journey.injectOpen(rampUsers(USERS).during(RAMP_SECONDS))).protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** Half the think time; a pause lasts between this and three times it. */
    private static Duration think() {
        return Duration.ofMillis(THINK_SECONDS * 500L);
    }

    private static ChainBuilder openLoginPage() {
        return inTurn(http("login page").get("/login")
                        .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("springCsrf")),
                bootstrap("login page: bootstrap", "login"),
                uidl("login page: show", session -> Uidl.navigation("login", "")));
    }

    /** The login form posts to Spring Security with its CSRF token and lands on the inbox, which shows this user's task. */
    private static ChainBuilder signInToTheInbox() {
        return inTurn(http("sign in").post("/login")
                        .formParam("_csrf", "#{springCsrf}").formParam("username", "#{username}")
                        .formParam("password", LoadUsers.PASSWORD)
                        .check(currentLocation().is(BASE_URL + "/")),
                bootstrap("inbox: bootstrap", ""),
                uidl("inbox: show", session -> Uidl.navigation("", ""))
                        .check(regex("\"(task/project/screen-proposal/[0-9a-f-]{36})\"").saveAs("taskRoute"),
                                bodyString().transform(Uidl::answersTo).saveAs("answers")),
                uidl("inbox: browser answers", session -> session.getString("answers")));
    }

    private static ChainBuilder openTheTask() {
        return inTurn(uidl("task: show", session -> Uidl.navigation(session.getString("taskRoute"), "client"))
                .check(substring("Screen project proposal"),
                        bodyString().transform(body -> Uidl.buttonNode(body, "Approve").orElse(null)).saveAs("approve")));
    }

    /** The confirmation names the user's own project, and the inbox is shown again. */
    private static ChainBuilder approve() {
        return inTurn(uidl("task: approve", session -> Uidl.click(session.getInt("approve")))
                .check(substring(session -> "Project " + session.getString("organisation") + "-"),
                        regex("Project LT\\d{4}-\\d{4}-\\d+ approved\\."),
                        substring("Task inbox | CityCoop")));
    }

    /**
     * The requests one after the other; a user whose request failed stops there, as a browser
     * would be stuck: what it would send next depends on the answer it did not get.
     */
    private static ChainBuilder inTurn(HttpRequestActionBuilder... requests) {
        ChainBuilder chain = exec(requests[0]).exitHereIfFailed();
        for (int i = 1; i < requests.length; i++) {
            chain = chain.exec(requests[i]).exitHereIfFailed();
        }
        return chain;
    }

    /** The page's first request: the UI's id, Vaadin's security key and the first sync and client ids. */
    private static HttpRequestActionBuilder bootstrap(String name, String location) {
        return http(name).get("/?v-r=init&location=" + location + "&query=")
                .check(regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrfToken"),
                        regex("\"v-uiId\":(\\d+)").find().transform(Integer::valueOf).saveAs("uiId"),
                        regex("\"syncId\":(\\d+)").find().transform(Integer::valueOf).saveAs("syncId"),
                        regex("\"clientId\":(\\d+)").find().transform(Integer::valueOf).saveAs("clientId"));
    }

    /**
     * A UIDL request. The server must answer with the next sync id and the next client id (a lost,
     * repeated or reordered message would not), and without {@code meta} (where Flow puts
     * appError, sessionExpired and the resynchronisation of a client out of step).
     */
    private static HttpRequestActionBuilder uidl(String name, Function<Session, String> rpc) {
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> Uidl.request(session.getString("csrfToken"),
                        rpc.apply(session), session.getInt("syncId"), session.getInt("clientId"))))
                .check(status().is(200),
                        substring("\"meta\"").notExists(),
                        regex("\"syncId\":(\\d+)").find().transform(Integer::valueOf).is(session -> session.getInt("syncId") + 1).saveAs("syncId"),
                        regex("\"clientId\":(\\d+)").find().transform(Integer::valueOf).is(session -> session.getInt("clientId") + 1).saveAs("clientId"));
    }

    @Override
    public void before() {
        try (LoadedApplication application = new LoadedApplication(JMX_PORT)) {
            heapBefore = application.heapAfterFullGc();
            sessionsBefore = application.sessions();
        } catch (Exception e) {
            throw new IllegalStateException("The application's JMX port " + JMX_PORT + " does not answer", e);
        }
    }

    /** Heap per session with every session still alive, and whether every user's task was completed once. */
    @Override
    public void after() {
        try (LoadedApplication application = new LoadedApplication(JMX_PORT)) {
            long heapAfter = application.heapAfterFullGc();
            int sessions = application.sessions() - sessionsBefore;
            ScreeningCountMBean screenings = application.screenings();
            long completed = screenings.completedScreeningTasks();
            long approvedOnce = screenings.projectsApprovedOnceByTheirUser();
            long twice = screenings.projectsScreenedMoreThanOnce();
            String outcome = """
                    | users | sessions alive | heap before MB | heap after MB | heap per session kB | screening tasks completed | approved once by their user | screened twice | load average |
                    |---:|---:|---:|---:|---:|---:|---:|---:|---|
                    | %d | %d | %.1f | %.1f | %.0f | %d | %d | %d | %s |
                    """.formatted(USERS, sessions, heapBefore / 1e6, heapAfter / 1e6,
                    sessions == 0 ? 0.0 : (heapAfter - heapBefore) / 1024.0 / sessions, completed, approvedOnce, twice,
                    Files.readString(Path.of("/proc/loadavg")).strip());
            Files.createDirectories(OUTCOME.getParent());
            Files.writeString(OUTCOME, outcome);
            Files.writeString(OUTCOME.resolveSibling("heap-histogram.txt"), application.liveClassHistogram(60));
            System.out.println(outcome);
            if (completed != USERS || approvedOnce != USERS || twice != 0) {
                throw new IllegalStateException("Not every user's task was completed exactly once: " + outcome);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The application's JMX port " + JMX_PORT + " does not answer", e);
        }
    }
}
