package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sessions and CSRF in the browser's place (attacks 9 and 11): a new session id at sign-in, the
 * session ended at sign-out (a POST with the token only), cookies HttpOnly and SameSite=Lax, and
 * Secure once a trusted TLS-terminating proxy says the request came over https; a UIDL request
 * with a wrong or missing CSRF token changes nothing and shows nothing.
 */
@CityCoopTest
class SessionTest {

    private static final String SESSION = "JSESSIONID";

    @LocalServerPort
    int port;

    @Test
    void signingInGivesANewSessionIdAndTheOldOneStaysAnonymous() {
        WebClient browser = WebClient.anonymous(port);
        browser.get("/login");
        String before = browser.cookie(SESSION).orElseThrow();

        HttpResponse<String> login = browser.submitLogin("kitakyushu.officer", "demo");

        String after = browser.cookie(SESSION).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(browser.get("/projects").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureBehindTls() {
        List<String> plain = sessionCookieOfSignIn(WebClient.anonymous(port));
        List<String> behindTls = sessionCookieOfSignIn(WebClient.anonymous(port).withHeader("X-Forwarded-Proto", "https"));

        assertThat(plain).singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
        assertThat(behindTls).singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Secure"));
    }

    @Test
    void signingOutNeedsThePostWithItsTokenAndEndsTheSession() {
        WebClient browser = WebClient.signedIn(port, "kitakyushu.officer", "demo");
        String token = browser.csrfTokenOf("/projects");

        assertThat(browser.get("/logout").statusCode()).as("a link cannot sign anyone out").isNotEqualTo(302);
        assertThat(browser.postForm("/logout", "").statusCode()).as("forged: no token").isEqualTo(403);
        assertThat(browser.get("/projects").statusCode()).isEqualTo(200);

        HttpResponse<String> signOut = browser.postForm("/logout", "_csrf=" + token);

        assertThat(signOut.statusCode()).isEqualTo(302);
        HttpResponse<String> afterwards = browser.get("/projects");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void aUidlRequestWithAWrongOrMissingCsrfTokenIsRefused() {
        VaadinClient officer = VaadinClient.signedIn(port, "kitakyushu.officer");
        String title = "\"Projects\"";

        assertThat(officer.open("projects")).as("control: the right token").contains(title);
        assertThat(officer.openWithToken("projects", token -> "forged-" + token)).doesNotContain(title);
        assertThat(officer.openWithToken("projects", token -> "")).doesNotContain(title);
    }

    private static List<String> sessionCookieOfSignIn(WebClient browser) {
        return browser.submitLogin("kitakyushu.officer", "demo").headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(SESSION + "=")).toList();
    }
}
