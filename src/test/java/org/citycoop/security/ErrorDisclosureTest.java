package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 7, attack 13: no error shows a stack trace, SQL or the inside of the application to its
 * user: a screen that fails to open or a click that fails (CityCoop's error view and handler, not
 * Vaadin's), /api (problem details), /engine-rest (nothing at all to anyone but an admin, no SQL to
 * an admin), Spring Boot's /error and the server's own answer to a malformed request.
 */
@CityCoopTest
class ErrorDisclosureTest {

    /** What a failing query says about the inside: its SQL, the table, and the class that failed. */
    private static final String SECRET_SQL = "select password_hash from app_user";
    private static final List<String> INSIDE = List.of(SECRET_SQL, "password_hash", "BadSqlGrammarException", "SQLException",
            "PSQLException", "### SQL", "at org.", "at com.", "at java.", "org.apache.ibatis", "Apache Tomcat/");

    @LocalServerPort
    int port;

    @Autowired WebApplicationContext context;

    @Test
    void aScreenThatFailsShowsAReferenceAndNothingOfTheFailure() {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(context.getServletContext())));
        routes.setRoute("error-disclosure/open", FailsToOpen.class);
        routes.setRoute("error-disclosure/click", FailsOnClick.class);
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("error-disclosure", () -> {
                Page page = browser.signedIn("kitakyushu.officer");
                page.navigate(browser.url("error-disclosure/open"));
                BrowserSession.settle(page);
                assertThat(page.locator(".unexpected-error").textContent()).contains("Something went wrong", "reference");
                assertNothingInside(page.content());
                BrowserSession.shootLaptopAndPhone(page, "error-01-screen-fails");

                page.navigate(browser.url("error-disclosure/click"));
                BrowserSession.settle(page);
                BrowserSession.click(page, "Fail");
                BrowserSession.notification(page, "It has been logged under reference");
                assertNothingInside(page.locator("body").textContent());
                BrowserSession.shootLaptopAndPhone(page, "error-02-click-fails");
            });
        } finally {
            routes.removeRoute("error-disclosure/open");
            routes.removeRoute("error-disclosure/click");
        }
    }

    @Test
    void aFailedApiRequestIsAProblemDetailWithoutItsCause() {
        // PostgreSQL refuses a NUL character in text: the query fails inside the application
        HttpResponse<String> failed = WebClient.basic(port, "kitakyushu.officer", "demo").get("/api/projects?partner=%00");

        assertThat(failed.statusCode()).as(failed.body()).isBetween(400, 599);
        assertThat(failed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertNothingInside(failed.body());
    }

    @Test
    void engineRestTellsNothingToAnyoneButAnAdminAndNoSqlToAnAdmin() {
        List<String> malformed = List.of("/engine-rest/task?dueAfter=yesterday", "/engine-rest/task?sortBy=" + "name;drop",
                "/engine-rest/process-instance?businessKey=%00", "/engine-rest/history/task?taskName=%00",
                "/engine-rest/process-instance/%27%20or%201=1/variables");
        for (String path : malformed) {
            HttpResponse<String> anonymous = WebClient.anonymous(port).get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.body()).as(path).isEmpty();
            HttpResponse<String> officer = WebClient.basic(port, "kitakyushu.officer", "demo").get(path);
            assertThat(officer.statusCode()).as(path).isEqualTo(403);
            assertThat(officer.body()).as(path).isEmpty();

            HttpResponse<String> admin = WebClient.basic(port, "admin", "demo").get(path);
            assertThat(admin.statusCode()).as(path + ": " + admin.body()).isBetween(400, 599);
            assertNothingInside(admin.body());
            assertThat(admin.body()).as(path).doesNotContainIgnoringCase("select ").doesNotContain("ACT_RU_", "ACT_HI_");
        }
    }

    @Test
    void springBootsErrorAnswerCarriesNoMessageOrTrace() {
        HttpResponse<String> error = WebClient.signedIn(port, "kitakyushu.officer", "demo").get("/error");

        assertNothingInside(error.body());
        assertThat(error.body()).doesNotContain("\"trace\"", "\"exception\"", "\"message\"");
    }

    @Test
    void aMalformedRequestIsRefusedByTheServerWithoutItsVersionOrATrace() throws IOException {
        String answer = raw("GET /projects/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertNothingInside(answer);
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static void assertNothingInside(String shown) {
        for (String inside : INSIDE) {
            assertThat(shown).as("an error shows " + inside).doesNotContain(inside);
        }
    }

    private static BadSqlGrammarException failingQuery() {
        return new BadSqlGrammarException("load", SECRET_SQL, new SQLException("ERROR: relation \"app_user\" does not exist"));
    }

    /** A screen whose data cannot be loaded. */
    @PermitAll
    public static class FailsToOpen extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw failingQuery();
        }
    }

    /** A screen whose button fails. */
    @PermitAll
    public static class FailsOnClick extends Div {
        public FailsOnClick() {
            add(new Button("Fail", click -> {
                throw failingQuery();
            }));
        }
    }
}
