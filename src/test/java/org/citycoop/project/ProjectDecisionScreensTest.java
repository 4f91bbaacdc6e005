package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.done;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.fill;
import static org.citycoop.BrowserSession.fillArea;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;
import static org.citycoop.BrowserSession.typeDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.feasibility.FeasibilityProcess;
import org.citycoop.feasibility.FeasibilityService;
import org.citycoop.feasibility.FieldSurvey;
import org.citycoop.feasibility.StudyFindings;
import org.citycoop.feasibility.StudyReviewDecision;
import org.citycoop.feasibility.StudyScope;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lifecycle decision screens in Debian's Chromium, each opened by its route as the inbox links
 * it, by the person whose task it is: a refused submit shows the server's problem on the named
 * field and leaves the task open, a good one changes the records and moves the process. A user of
 * another organisation who opens the same address is sent back to the inbox. Screenshots at laptop
 * and phone size go to {@code target/screenshots/decisions-*.png}.
 */
@CityCoopTest
class ProjectDecisionScreensTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired ProjectLifecycleService lifecycle;
    @Autowired FeasibilityService feasibility;
    @Autowired ProjectProcessFixture process;
    @Autowired JdbcClient jdbc;
    @Autowired TestUsers users;

    private BrowserSession chromium;

    @BeforeEach
    void launch() {
        chromium = BrowserSession.onPort(port);
    }

    @AfterEach
    void closeBrowser() {
        chromium.close();
    }

    @Test
    void aMemberDelegateRefusesOnlyWithAReasonAndConsents() {
        chromium.run("decisions-consent", () -> {
            Project project = projects.propose(TestProposals.of("Consent screen " + UUID.randomUUID(), "KUL"), users.get("cat23.officer"));
            projects.screen(process.onlyTask(project).getId(), ScreeningDecision.APPROVE, "", users.get("cat23.manager"));
            String arakawa = process.taskOfGroup(project, "ARAKAWAKU:member-delegate").getId();

            chromium.assertSentAway(chromium.signedIn("setagaya.delegate"), ProjectProcess.FORM_GIVE_CONSENT, arakawa);

            Page delegate = chromium.signedIn("arakawa.delegate");
            chromium.openTask(delegate, ProjectProcess.FORM_GIVE_CONSENT, arakawa);
            heading(delegate, "Give consent to cooperative project").waitFor();
            String context = String.join(" ", delegate.locator(".project-summary").allTextContents());
            assertThat(context).contains(project.code(), "Kuala Lumpur", "Member municipalities", "23", "Arakawa",
                    "more members consent than refuse");
            choose(delegate, "Answer of your municipality", "Refuse");
            click(delegate, "Send answer");
            errorOf(field(delegate, "vaadin-text-area", "Reason"), "Reason:");
            shootLaptopAndPhone(delegate, "decisions-01-consent-refused");
            assertThat(process.openTasks(project)).hasSize(23);
            assertThat(consentsOf(project)).isEmpty();

            choose(delegate, "Answer of your municipality", "Consent");
            click(delegate, "Send answer");
            done(delegate, "Your consent to " + project.code() + " is recorded.");
            assertThat(consentsOf(project)).containsExactly("ARAKAWAKU CONSENT");
            assertThat(process.openTasks(project)).hasSize(22);
        });
    }

    @Test
    void thePartnerConfirmsTheAgreementWithItsDocumentAndTheOfficerRenewsIt() {
        chromium.run("decisions-agreement", () -> {
            Project project = projects.propose(TestProposals.of("Agreement screen " + UUID.randomUUID(), "SBY"),
                    users.get("kitakyushu.officer"));
            projects.screen(process.onlyTask(project).getId(), ScreeningDecision.APPROVE, "", users.get("kitakyushu.manager"));
            String confirm = process.onlyTask(project).getId();

            chromium.assertSentAway(chromium.signedIn("kualalumpur.partner"), ProjectProcess.FORM_CONFIRM_AGREEMENT, confirm);

            Page partner = chromium.signedIn("surabaya.partner");
            chromium.openTask(partner, ProjectProcess.FORM_CONFIRM_AGREEMENT, confirm);
            heading(partner, "Confirm cooperation agreement").waitFor();
            fill(partner, "vaadin-text-field", "Signatory of the lead organisation", "Kenji Kitahashi, Mayor of Kitakyushu");
            fill(partner, "vaadin-text-field", "Signatory of the partner city", "Eri Cahyadi, Mayor of Surabaya");
            typeDate(partner, "Signing date", "5/1/2027");
            typeDate(partner, "Expiry or renewal date", "4/30/2027");
            click(partner, "Confirm agreement");
            errorOf(field(partner, "vaadin-date-picker", "Expiry or renewal date"), "after the signing date");
            shootLaptopAndPhone(partner, "decisions-02-agreement-refused");
            assertThat(lifecycle.agreement(project.code(), users.get("kitakyushu.officer"))).isEmpty();

            typeDate(partner, "Expiry or renewal date", "4/30/2030");
            partner.locator("vaadin-upload input[type=file]").setInputFiles(
                    new FilePayload("mou-signed.pdf", "application/pdf", pdf()));
            partner.locator("vaadin-upload-file[complete]").waitFor();
            click(partner, "Confirm agreement");
            done(partner, "Agreement for " + project.code() + " confirmed.");
            CooperationAgreement agreement = lifecycle.agreement(project.code(), users.get("kitakyushu.officer")).orElseThrow();
            assertThat(agreement.signedOn()).isEqualTo(LocalDate.of(2027, 5, 1));
            assertThat(agreement.expiresOn()).isEqualTo(LocalDate.of(2030, 4, 30));
            assertThat(agreement.partnerSignatory()).isEqualTo("Eri Cahyadi, Mayor of Surabaya");
            assertThat(agreementDocument(project)).isEqualTo("mou-signed.pdf");

            // 90 days before expiry the officer is asked to renew
            process.executeTimers(project, "Timer_AgreementRenewalReminder");
            String renew = process.taskWithKey(project, ProjectProcess.TASK_RENEW_AGREEMENT).getId();
            Page officer = chromium.signedIn("kitakyushu.officer");
            chromium.openTask(officer, ProjectProcess.FORM_RENEW_AGREEMENT, renew);
            heading(officer, "Renew cooperation agreement").waitFor();
            assertThat(officer.locator(".project-summary").last().textContent()).contains("Eri Cahyadi", "30 Apr 2030");
            click(officer, "Record renewal");
            errorOf(field(officer, "vaadin-date-picker", "New expiry date"), "New expiry date:");
            shootLaptopAndPhone(officer, "decisions-03-renewal-refused");
            typeDate(officer, "New expiry date", "4/30/2033");
            click(officer, "Record renewal");
            done(officer, "Renewal of the agreement for " + project.code() + " recorded.");
            assertThat(lifecycle.agreement(project.code(), users.get("kitakyushu.officer")).orElseThrow().expiresOn())
                    .isEqualTo(LocalDate.of(2033, 4, 30));
            assertThat(process.taskWithKey(project, ProjectProcess.TASK_RENEW_AGREEMENT)).isNull();
        });
    }

    @Test
    void theManagerSeesTheStudyAndStopsTheProjectOnlyWithAComment() {
        chromium.run("decisions-go-no-go", () -> {
            Project project = startAt("CallActivity_FeasibilityStudy");
            carryOutStudy(project);
            String decide = process.taskWithKey(project, ProjectProcess.TASK_DECIDE_GO_NO_GO).getId();

            chromium.assertSentAway(chromium.signedIn("yokohama.manager"), ProjectProcess.FORM_DECIDE_GO_NO_GO, decide);

            Page manager = chromium.signedIn("kitakyushu.manager");
            chromium.openTask(manager, ProjectProcess.FORM_DECIDE_GO_NO_GO, decide);
            heading(manager, "Decide go or no-go").waitFor();
            assertThat(manager.getByText("Feasibility study: accepted by the manager").count()).isEqualTo(1);
            assertThat(String.join(" ", manager.locator(".project-summary").allTextContents()))
                    .contains("Windrow composting", "48,000,000", "study.pdf");
            choose(manager, "Decision", "No-go: stop the project");
            click(manager, "Record decision");
            errorOf(field(manager, "vaadin-text-area", "Comment"), "Comment:");
            shootLaptopAndPhone(manager, "decisions-04-go-no-go-refused");
            assertThat(process.taskWithKey(project, ProjectProcess.TASK_DECIDE_GO_NO_GO)).isNotNull();

            fillArea(manager, "Comment", "The plant site is not available before 2030.");
            click(manager, "Record decision");
            done(manager, "No-go for " + project.code() + " recorded");
            assertThat(projects.require(project.code(), users.get("kitakyushu.manager")).status()).isEqualTo(ProjectStatus.CANCELLED);
            assertThat(decisionsOf(project)).contains("GO_NO_GO NO_GO The plant site is not available before 2030.");
        });
    }

    @Test
    void afterARejectionTheOfficerChoosesOwnBudgetAndTheManagerApprovesIt() {
        chromium.run("decisions-way-on", () -> {
            Project project = startAt("Task_ChooseWayAfterRejection");
            String choose = process.onlyTask(project).getId();

            chromium.assertSentAway(chromium.signedIn("yokohama.officer"), ProjectProcess.FORM_CHOOSE_WAY_AFTER_REJECTION, choose);

            Page officer = chromium.signedIn("kitakyushu.officer");
            chromium.openTask(officer, ProjectProcess.FORM_CHOOSE_WAY_AFTER_REJECTION, choose);
            heading(officer, "Choose the way on after funding rejection").waitFor();
            click(officer, "Record way on");
            errorOf(field(officer, "vaadin-radio-group", "Way on"), "Way on:");
            shootLaptopAndPhone(officer, "decisions-05-way-on-refused");
            choose(officer, "Way on", "Continue on own budget");
            fillArea(officer, "Comment", "Covered by the city's climate budget.");
            click(officer, "Record way on");
            done(officer, "Own budget for " + project.code() + " sent to the manager");

            String approve = process.taskWithKey(project, ProjectProcess.TASK_APPROVE_OWN_BUDGET).getId();
            chromium.assertSentAway(chromium.signedIn("yokohama.manager"), ProjectProcess.FORM_APPROVE_OWN_BUDGET, approve);
            Page manager = chromium.signedIn("kitakyushu.manager");
            chromium.openTask(manager, ProjectProcess.FORM_APPROVE_OWN_BUDGET, approve);
            heading(manager, "Approve own budget").waitFor();
            click(manager, "Record decision");
            errorOf(field(manager, "vaadin-radio-group", "Decision"), "Decision:");
            shootLaptopAndPhone(manager, "decisions-06-own-budget-refused");
            choose(manager, "Decision", "Approve own budget");
            click(manager, "Record decision");
            done(manager, "Own budget for " + project.code() + " approved.");

            assertThat(process.onlyTask(project).getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_PLAN_IMPLEMENTATION);
            assertThat(decisionsOf(project)).containsExactly(
                    "WAY_AFTER_REJECTION OWN_BUDGET Covered by the city's climate budget.", "OWN_BUDGET APPROVED null");
        });
    }

    // --- helpers

    /** A Kitakyushu project with Surabaya whose main process starts just before {@code activityId}, after the agreement. */
    private Project startAt(String activityId) {
        Project project = projects.propose(TestProposals.of("Decision screens " + UUID.randomUUID(), "SBY"),
                users.get("kitakyushu.officer"));
        process.startAt(project, activityId, Map.of(ProjectProcess.FEASIBILITY_STUDY_NEEDED, true,
                ProjectProcess.AGREEMENT_RENEWAL_REMINDER_AT,
                Date.from(LocalDate.of(2030, 1, 1).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant())));
        return project;
    }

    /** The officer and the manager carry the study through the service, to an accepted study with findings. */
    private void carryOutStudy(Project project) {
        CityCoopUser officer = users.get("kitakyushu.officer");
        StudyScope scope = new StudyScope();
        scope.setScope("Organic waste of three markets.");
        scope.setTermsOfReference("Waste composition survey and cost estimate.");
        feasibility.defineScope(process.taskWithKey(project, FeasibilityProcess.TASK_DEFINE_SCOPE).getId(), scope, officer);
        FieldSurvey survey = new FieldSurvey();
        survey.setSurveyStart(LocalDate.of(2027, 5, 10));
        survey.setSurveyEnd(LocalDate.of(2027, 5, 14));
        survey.setTeamMembers("Aiko Tanaka");
        survey.setPartnerContactName("Budi Santoso");
        feasibility.recordSurvey(process.taskWithKey(project, FeasibilityProcess.TASK_CONDUCT_SURVEY).getId(), survey, officer);
        StudyFindings findings = new StudyFindings();
        findings.setRecommendedTechnology("Windrow composting");
        findings.setEstimatedCostJpy(48_000_000L);
        findings.setExpectedEffect("Less waste to landfill.");
        findings.setWasteDivertedTonnesPerYear(new BigDecimal("7300"));
        feasibility.submitReport(process.taskWithKey(project, FeasibilityProcess.TASK_UPLOAD_REPORT).getId(), findings, "study.pdf", pdf(),
                officer);
        feasibility.review(process.taskWithKey(project, FeasibilityProcess.TASK_REVIEW_STUDY).getId(), StudyReviewDecision.ACCEPT, "",
                users.get("kitakyushu.manager"));
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private List<String> consentsOf(Project project) {
        return jdbc.sql("select member_code || ' ' || answer from member_consent where project_id = :id order by id")
                .param("id", project.id()).query(String.class).list();
    }

    private List<String> decisionsOf(Project project) {
        return jdbc.sql("select kind || ' ' || outcome || ' ' || coalesce(comment, 'null') from project_decision"
                        + " where project_id = :id order by id")
                .param("id", project.id()).query(String.class).list();
    }

    private String agreementDocument(Project project) {
        return jdbc.sql("select d.file_name from cooperation_agreement a join document d on d.id = a.document_id"
                        + " where a.project_id = :id")
                .param("id", project.id()).query(String.class).single();
    }
}
