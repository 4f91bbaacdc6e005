package org.citycoop.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.citycoop.CityCoopTest;
import org.citycoop.PrintedPdf;
import org.citycoop.TestUsers;
import org.citycoop.base.NotAvailableException;
import org.citycoop.project.Project;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The mission report of a dispatch run through the services, printed and read back; nothing for another organisation. */
@CityCoopTest
class MissionReportPrintoutTest {

    @Autowired MissionReportPrintout printout;
    @Autowired DispatchService dispatches;
    @Autowired DispatchFixture fixture;
    @Autowired TestUsers users;

    @Test
    void theReportedMissionPrintsWhereWhenWhoAndWhatItFoundForTheLeadAndThePartner() {
        Project project = fixture.project("Mission report");
        fixture.runToAcknowledgement(fixture.start(project).getId());
        long dispatchId = dispatches.dispatchesOf(project.code(), officer()).get(0).id();

        for (String reader : new String[] {"kitakyushu.manager", "surabaya.partner"}) {
            PrintedPdf pdf = PrintedPdf.of("mission-report-" + reader,
                    out -> printout.write(project.code(), dispatchId, Locale.ENGLISH, users.get(reader), out));

            assertThat(pdf.flatText()).as("printed for %s", reader).contains("Report on the dispatch of specialists",
                    "Project code: " + project.code(), "City of Kitakyushu", DispatchFixture.TERMS.purpose(),
                    "Mission dates September 1, 2027 – September 7, 2027 (7 days)", "Cost estimate ¥1,200,000",
                    "Kenta Mori City of Kitakyushu Engineer,", "Management Division", "Windrow composting",
                    "Site survey and five days of on-the-job training.", "The site floods in the rainy season.",
                    "Raise the windrow pad by 30 cm.", "Acknowledged by surabaya.partner");
        }
    }

    @Test
    void inJapaneseTheReportPrintsJapaneseHeadingsAndEraDates() {
        Project project = fixture.project("Mission report");
        fixture.runToAcknowledgement(fixture.start(project).getId());
        long dispatchId = dispatches.dispatchesOf(project.code(), officer()).get(0).id();

        PrintedPdf pdf = PrintedPdf.of("mission-report-ja",
                out -> printout.write(project.code(), dispatchId, Locale.JAPANESE, officer(), out));

        assertThat(pdf.flatText()).contains("専門家派遣復命書", "派遣期間 令和9年9月1日～令和9年9月7日（7日間）", "経費見込額 1,200,000円",
                "派遣専門家", "所見");
    }

    @Test
    void anotherOrganisationGetsNoReportAndAnUnreportedDispatchHasNone() {
        Project project = fixture.project("Mission report");
        fixture.runToAcknowledgement(fixture.start(project).getId());
        long dispatchId = dispatches.dispatchesOf(project.code(), officer()).get(0).id();

        for (String outsider : new String[] {"yokohama.officer", "yokohama.manager", "dalian.partner", "jica.reviewer"}) {
            CityCoopUser user = users.get(outsider);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> printout.write(project.code(), dispatchId, Locale.ENGLISH, user, out)).as(outsider)
                    .isInstanceOf(NotAvailableException.class);
            assertThat(out.size()).as("bytes written for %s", outsider).isZero();
        }
        Project unreported = fixture.project("No report yet");
        fixture.start(unreported);
        assertThatThrownBy(() -> printout.write(unreported.code(), dispatchId, Locale.ENGLISH, officer(), new ByteArrayOutputStream()))
                .as("another project's dispatch id under an own project").isInstanceOf(NotAvailableException.class);
    }

    private CityCoopUser officer() {
        return users.get("kitakyushu.officer");
    }
}
