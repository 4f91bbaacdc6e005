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
import org.citycoop.name.Name;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's organisation register in Debian's Chromium: an identifier outside the IATI
 * pattern and a name without either form are refused on their fields and nothing is saved; a valid
 * entry is saved, and a search of the register finds the organisation by its identifier or its
 * Japanese name, shown with the English one beside it (DD029); a Japanese administrator reads the
 * Japanese form first.
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

                assertThat(field(admin, "vaadin-text-field", "Name (English)").locator("input").inputValue()).isEqualTo(name);
                fill(admin, "vaadin-text-field", "Name (English)", "");
                fill(admin, "vaadin-text-field", "IATI identifier", "JP JCN " + code);
                click(admin, "Save");
                errorOf(field(admin, "vaadin-text-field", "IATI identifier"), "no spaces");
                errorOf(field(admin, "vaadin-text-field", "Name (English)"), "its Japanese name, or both");
                assertThat(organisations.iatiIdentifier(code)).as("nothing saved").isEmpty();
                assertThat(organisations.findByCode(code).orElseThrow().name()).isEqualTo(Name.english(name));
                shootLaptopAndPhone(admin, "organisations-00-refused");

                fill(admin, "vaadin-text-field", "Name (English)", name);
                fill(admin, "vaadin-text-field", "Name (Japanese)", "登録試験市");
                fill(admin, "vaadin-text-field", "IATI identifier", "JP-JCN-" + code);
                click(admin, "Save");
                notification(admin, code + " saved.");
                assertThat(organisations.iatiIdentifier(code)).contains("JP-JCN-" + code);
                assertThat(organisations.findByCode(code).orElseThrow().name()).isEqualTo(new Name(name, "登録試験市"));
                fill(admin, "vaadin-text-field", "Search", code);
                admin.locator("vaadin-grid-cell-content:text-is('JP-JCN-" + code + "')").waitFor();
                admin.locator("vaadin-grid-cell-content:text-is('" + name + " (登録試験市)')").waitFor();
                shootLaptopAndPhone(admin, "organisations-01-saved");

                Page japanese = browser.newPage(1280, 800, "ja-JP");
                browser.signInInJapanese(japanese, "admin");
                japanese.navigate(browser.url("admin/organisations"));
                heading(japanese, "団体台帳").waitFor();
                fill(japanese, "vaadin-text-field", "検索", "北九州");
                japanese.locator("vaadin-grid-cell-content:text-is('北九州市 (City of Kitakyushu)')").first().waitFor();
                shootLaptopAndPhone(japanese, "organisations-02-japanese");
            });
        }
    }
}
