package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.PrintedPdf;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.followup.FollowUpFixtures;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The project's printed documents (agreement summary, completion report, evaluation) for projects
 * run through the services, read back from the PDF: English and Japanese, long texts over pages,
 * and nothing for another organisation.
 */
@CityCoopTest
class ProjectPrintoutsTest {

    private static final String LAST_OUTCOME = "Finally, the compost is sold to farmers at the Saturday market.";

    @Autowired AgreementSummaryPrintout agreementPrintout;
    @Autowired CompletionReportPrintout completionPrintout;
    @Autowired EvaluationPrintout evaluationPrintout;
    @Autowired AgreedProjects agreed;
    @Autowired ImplementationService implementation;
    @Autowired ProjectProcessFixture process;
    @Autowired FollowUpFixtures followUp;
    @Autowired TestUsers users;

    @Test
    void theAgreementSummaryPrintsTheProjectThePartiesAndTheTermForTheLeadAndThePartner() {
        Project project = agreed.confirmed(TestProposals.of("Composting " + UUID.randomUUID(), "SBY"),
                "Mayor of Kitakyushu", "Mayor of Surabaya", "surabaya.partner");

        for (String reader : new String[] {"kitakyushu.officer", "surabaya.partner"}) {
            PrintedPdf pdf = PrintedPdf.of("agreement-summary-" + reader,
                    out -> agreementPrintout.write(project.code(), Locale.ENGLISH, users.get(reader), out));

            assertThat(pdf.flatText()).as("printed for %s", reader).contains("Summary of the cooperation agreement",
                    "Project code: " + project.code(), project.title(), "Lead organisation City of Kitakyushu (北九州市)",
                    "Planned period April 1, 2027 – March 31, 2029", "Budget ¥25,000,000",
                    "Lead City of Kitakyushu (北九州市) Mayor of Kitakyushu", "Partner city Surabaya (スラバヤ市) Mayor of Surabaya",
                    "Signed on May 1, 2027", "Expires on April 30, 2030", "1 / 1");
        }
    }

    @Test
    void aJapaneseProjectPrintsInJapaneseWithItsJapaneseTextIntactAndEraDates() {
        String title = "北九州市 と 大連市 の 循環型社会 協力";
        Project project = agreed.confirmed(TestProposals.of(title, "DLC"), "北九州市長 武内 和久", "大連市長 陳 紹旺",
                "dalian.partner");

        PrintedPdf pdf = PrintedPdf.of("agreement-summary-ja",
                out -> agreementPrintout.write(project.code(), Locale.JAPANESE, users.get("kitakyushu.officer"), out));

        assertThat(pdf.text()).contains(title, "協力協定（覚書）概要", "案件番号：" + project.code());
        assertThat(pdf.flatText()).contains("主管団体 北九州市 (City of Kitakyushu) 北九州市長 武内 和久", "協力先都市 大連市 (Dalian) 大連市長 陳 紹旺",
                "締結日 令和9年5月1日", "計画期間 令和9年4月1日～令和11年3月31日", "事業費 25,000,000円",
                "分野・協力形態 廃棄物管理 · 技術協力（研修員受入れ・専門家派遣）");
    }

    @Test
    void theCompletionReportPrintsItsLongTextsOverPagesWithTheActionPlanTargets() {
        Project project = followUp.projectInFollowUp();
        followUp.runOneRound(project);
        String outcomes = "Composting runs in 12 districts of Surabaya and the landfill receives a third less organic waste. "
                .repeat(36) + LAST_OUTCOME;
        String lessons = "Start with the markets, whose waste is clean, before households. ".repeat(55);
        implementation.writeCompletionReport(process.taskWithKey(project, ProjectProcess.TASK_WRITE_COMPLETION_REPORT).getId(),
                outcomes, lessons, officer());

        PrintedPdf pdf = PrintedPdf.of("completion-report",
                out -> completionPrintout.write(project.code(), Locale.ENGLISH, users.get("kitakyushu.manager"), out));

        assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
        assertThat(pdf.flatText()).contains("Completion report", "Project code: " + project.code(), "City of Kitakyushu",
                "Written by kitakyushu.officer", "Organic waste composted (t/day) 2 10 March 31, 2029",
                "Recycling rate (%) 8 20 March 31, 2029", "1 / " + pdf.pages(), pdf.pages() + " / " + pdf.pages());
        assertThat(pdf.flatTextAcrossPages()).as("the long texts, wrapped and over the page break, word for word")
                .contains(outcomes, lessons.strip());
    }

    @Test
    void theEvaluationPrintsEveryCriterionWithItsRatingAndReasonInATableThatRunsOverPages() {
        Project project = followUp.projectInFollowUp();
        followUp.runOneRound(project);
        implementation.writeCompletionReport(process.taskWithKey(project, ProjectProcess.TASK_WRITE_COMPLETION_REPORT).getId(),
                "Composting in 12 districts.", "Start with markets.", officer());
        implementation.evaluate(process.taskWithKey(project, ProjectProcess.TASK_EVALUATE_PROJECT).getId(),
                Arrays.stream(DacCriterion.values()).map(criterion -> new Evaluation(criterion,
                        criterion == DacCriterion.SUSTAINABILITY ? "C" : "A", reason(criterion))).toList(),
                users.get("kitakyushu.manager"));

        PrintedPdf pdf = PrintedPdf.of("evaluation",
                out -> evaluationPrintout.write(project.code(), Locale.ENGLISH, officer(), out));

        assertThat(pdf.flatText()).contains("Evaluation report", "Project code: " + project.code(), "City of Kitakyushu",
                "Evaluated by kitakyushu.manager", "Relevance A Reason for relevance:", "Sustainability C Reason for sustainability:",
                "End of the reason for relevance.", "End of the reason for sustainability.");
        assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
        assertThat(pdf.flatText().split("Criterion Rating Reason", -1)).as("the header row on every page the table runs onto")
                .hasSizeGreaterThanOrEqualTo(3);
    }

    /** A reason of some 1,100 characters: six of them do not fit on one page. */
    private static String reason(DacCriterion criterion) {
        String name = criterion.name().toLowerCase(Locale.ROOT);
        return "Reason for " + name + ": " + "the partner city's own staff now run the compost centre and report every month. ".repeat(13)
                + "End of the reason for " + name + ".";
    }

    @Test
    void anotherOrganisationGetsNoneOfTheProjectsDocuments() {
        Project project = followUp.projectInFollowUp();
        followUp.runOneRound(project);
        implementation.writeCompletionReport(process.taskWithKey(project, ProjectProcess.TASK_WRITE_COMPLETION_REPORT).getId(),
                "Composting in 12 districts.", "Start with markets.", officer());

        for (String outsider : new String[] {"yokohama.officer", "yokohama.manager", "dalian.partner", "jica.reviewer"}) {
            CityCoopUser user = users.get(outsider);
            assertRefused(out -> completionPrintout.write(project.code(), Locale.ENGLISH, user, out), outsider);
            assertRefused(out -> agreementPrintout.write(project.code(), Locale.ENGLISH, user, out), outsider);
            assertRefused(out -> evaluationPrintout.write(project.code(), Locale.ENGLISH, user, out), outsider);
        }
        // the control: the lead's officer gets the report, so the refusals above are the organisation's, not the record's
        assertThat(PrintedPdf.of("completion-report-control",
                out -> completionPrintout.write(project.code(), Locale.ENGLISH, officer(), out)).flatText()).contains(project.code());
    }

    private static void assertRefused(java.util.function.Consumer<OutputStream> print, String outsider) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> print.accept(out)).as(outsider).isInstanceOf(ProjectNotAvailableException.class);
        assertThat(out.size()).as("bytes written for %s", outsider).isZero();
    }

    private CityCoopUser officer() {
        return users.get("kitakyushu.officer");
    }
}
