package org.citycoop.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The header on a phone (390 px wide): everything in it is inside the screen, nothing scrolls
 * sideways, and signing out stays one tap away. On a phone the signed-in user's name gives way and
 * the sign-out button shows its icon only (its name stays for screen readers, DD031).
 */
@CityCoopTest
class PhoneHeaderTest {

    private static final String HEADER = """
            () => {
              const header = document.querySelector('.app-header');
              const right = Math.max(...[...header.children].filter(c => c.offsetParent !== null)
                  .map(c => c.getBoundingClientRect().right));
              const signOut = [...header.querySelectorAll('vaadin-button')].find(b => b.getAttribute('aria-label') === 'Sign out');
              return {
                rightEdge: right,
                width: document.documentElement.clientWidth,
                scrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
                signOutRight: signOut ? signOut.getBoundingClientRect().right : -1
              };
            }""";

    @LocalServerPort
    int port;

    @Test
    void theHeaderFitsAPhoneForEveryKindOfUser() {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("phone-header", () -> {
                for (String user : List.of(ScreenCatalogue.OFFICER, ScreenCatalogue.MANAGER, ScreenCatalogue.REVIEWER, ScreenCatalogue.ADMIN)) {
                    Page page = browser.signedIn(user, 390, 844);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> header = (Map<String, Object>) page.evaluate(HEADER);
                    double width = ((Number) header.get("width")).doubleValue();
                    assertThat(((Number) header.get("rightEdge")).doubleValue()).as(user + ": right edge of the header").isLessThanOrEqualTo(width);
                    assertThat(((Number) header.get("signOutRight")).doubleValue()).as(user + ": sign out on screen").isBetween(1.0, width);
                    assertThat(header.get("scrollsSideways")).as(user + ": the page scrolls sideways").isEqualTo(false);
                    BrowserSession.shoot(page, "a11y-phone-header-" + user + ".png");
                }
            });
        }
    }
}
