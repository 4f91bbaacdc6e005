package org.citycoop.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.citycoop.CityCoopTest;
import org.citycoop.PrintedPdf;
import org.citycoop.TestUsers;
import org.citycoop.base.NotAvailableException;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The funding application printed for the lead and the agency, read back from the PDF; other organisations get nothing. */
@CityCoopTest
class FundingApplicationPrintoutTest {

    @Autowired
    FundingApplicationPrintout printout;

    @Autowired
    FundingFixtures fixtures;

    @Autowired
    TestUsers users;

    @Test
    void theSubmittedApplicationPrintsWithItsProjectAmountsAndBudgetForTheLeadAndTheAgency() {
        String code = fixtures.applicationAtScreening();

        for (String reader : new String[] {"kitakyushu.officer", "jica.reviewer"}) {
            PrintedPdf pdf = PrintedPdf.of("funding-application-" + reader,
                    out -> printout.write(code, 1, Locale.ENGLISH, users.get(reader), out));

            assertThat(pdf.flatText()).as("printed for %s", reader)
                    .contains("Funding application", "Project code: " + code, "City of Kitakyushu", "Surabaya",
                            "JICA Grassroots Technical Cooperation (local-government type)", "Submitted to the agency",
                            "Amount requested ¥24,000,000", "24 months",
                            "Halve the organic waste landfilled in Surabaya by home composting.",
                            "Training in Kitakyushu ¥14,000,000", "Dispatch of specialists ¥10,000,000", "Total ¥24,000,000",
                            "1 / 1");
        }
    }

    @Test
    void anAgreedApplicationPrintsTheDecisionAndTheInstalments() {
        String code = fixtures.agreedProject(LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31));

        PrintedPdf pdf = PrintedPdf.of("funding-application-agreed",
                out -> printout.write(code, 1, Locale.ENGLISH, fixtures.officer(), out));

        assertThat(pdf.flatText()).contains("Decision Approved", "Amount approved ¥20,000,000",
                "Contract period April 1, 2027 – March 31, 2028",
                "April 1, 2027 ¥12,000,000", "March 31, 2028 ¥8,000,000");
    }

    @Test
    void inJapaneseTheApplicationPrintsWithJapaneseHeadingsAndYen() {
        String code = fixtures.applicationAtScreening();

        PrintedPdf pdf = PrintedPdf.of("funding-application-ja",
                out -> printout.write(code, 1, Locale.JAPANESE, fixtures.officer(), out));

        assertThat(pdf.flatText()).contains("助成金申請書", "案件番号：" + code, "申請額 24,000,000円", "経費内訳",
                "合計 24,000,000円", "JICA草の根技術協力事業（地方自治体提案型）").doesNotContain("Grassroots");
    }

    @Test
    void anotherCityAndAnotherAgencyGetNothing() {
        String code = fixtures.applicationAtScreening();

        for (String outsider : new String[] {"yokohama.officer", "yokohama.manager", "moe.reviewer", "dalian.partner"}) {
            CityCoopUser user = users.get(outsider);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> printout.write(code, 1, Locale.ENGLISH, user, out)).as(outsider)
                    .isInstanceOf(NotAvailableException.class);
            assertThat(out.size()).as("bytes written for %s", outsider).isZero();
        }
    }
}
