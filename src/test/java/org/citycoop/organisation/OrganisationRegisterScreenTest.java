package org.citycoop.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.chooseInComboBox;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.fill;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.notification;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;

import com.microsoft.playwright.Page;
import java.util.Locale;
import java.util.UUID;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's organisation register in Debian's Chromium: an identifier outside the IATI
 * pattern is refused on its field and nothing is saved; a valid one is saved, and a search of the
 * register finds the organisation with it.
 * Screenshots: {@code target/screenshots/organisations-*.png}.
 */
@CityCoopTest
class OrganisationRegisterScreenTest {

    @LocalServerPort
    int port;

    @Autowired OrganisationService organisations;

    @Test
    void anAdministratorRecordsAnIatiIdentifierAfterBeingToldWhatIsWrongWithTheFirstTry() {
        String code = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String name = "Register test city " + code;
        organisations.register(new NewOrganisation(code, name, OrganisationKind.CITY, "JP", null, null));
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("organisations", () -> {
                Page admin = browser.signedIn("admin", 1280, 800);
                admin.navigate(browser.url("admin/organisations"));
                heading(admin, "Organisation register").waitFor();
                chooseInComboBox(admin, "Organisation", code, name + " (" + code + ")");

                fill(admin, "vaadin-text-field", "IATI identifier", "JP JCN " + code);
                click(admin, "Save identifier");
                errorOf(field(admin, "vaadin-text-field", "IATI identifier"), "no spaces");
                assertThat(organisations.iatiIdentifier(code)).as("nothing saved").isEmpty();
                shootLaptopAndPhone(admin, "organisations-00-refused");

                fill(admin, "vaadin-text-field", "IATI identifier", "JP-JCN-" + code);
                click(admin, "Save identifier");
                notification(admin, "IATI identifier of " + name + " saved.");
                assertThat(organisations.iatiIdentifier(code)).contains("JP-JCN-" + code);
                fill(admin, "vaadin-text-field", "Search", code);
                admin.locator("vaadin-grid-cell-content:text-is('JP-JCN-" + code + "')").waitFor();
                shootLaptopAndPhone(admin, "organisations-01-saved");
            });
        }
    }
}
