package org.citycoop.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.chooseInComboBox;
import static org.citycoop.BrowserSession.choose;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.done;
import static org.citycoop.BrowserSession.fill;
import static org.citycoop.BrowserSession.fillArea;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shoot;
import static org.citycoop.BrowserSession.typeDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.feasibility.FeasibilityProcess;
import org.citycoop.feasibility.FeasibilityService;
import org.citycoop.feasibility.StudyStatus;
import org.citycoop.funding.FundingApplication;
import org.citycoop.funding.FundingApplicationStatus;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingService;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One project of the cooperative CAT23 with Surabaya, from proposal to approved funding, every step
 * in Chromium by the person whose task it is: the officer proposes an infrastructure project (a
 * type that needs a feasibility study), the manager approves it, three member delegates consent
 * (the other twenty let the 28 days pass and abstain), the partner confirms the agreement, the
 * officer and the manager carry out the study and decide go, the officer applies to JICA, the
 * manager approves the application, and JICA's reviewer screens and approves it. Screenshots go to
 * {@code target/screenshots/journey-*.png}.
 */
@CityCoopTest
class LifecycleJourneyTest {

    private static final Pattern PROPOSED = Pattern.compile("Project (CAT23-\\d{4}-\\d{3}) proposed");

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired ProjectLifecycleService lifecycle;
    @Autowired FeasibilityService feasibility;
    @Autowired FundingService funding;
    @Autowired RuntimeService runtime;
    @Autowired TaskService engineTasks;
    @Autowired ManagementService management;
    @Autowired TestUsers users;

    @Test
    void aCooperativeProjectGoesFromProposalToApprovedFundingWithEachActorOnTheirScreens() {
        try (BrowserSession chromium = BrowserSession.onPort(port)) {
            chromium.run("journey", () -> journey(chromium));
        }
    }

    private void journey(BrowserSession chromium) {
        CityCoopUser cat23Officer = users.get("cat23.officer");
        String title = "Journey: waste-to-energy plant for Surabaya " + UUID.randomUUID().toString().substring(0, 8);

        // the cooperative's officer proposes an infrastructure project
        Page officer = chromium.signedIn("cat23.officer");
        officer.locator("vaadin-side-nav-item:has-text('Propose a project')").click();
        heading(officer, "Propose a project").waitFor();
        settle(officer);
        fill(officer, "vaadin-text-field", "Title", title);
        chooseInComboBox(officer, "Partner city", "Surabaya", "Surabaya (Indonesia)");
        chooseInComboBox(officer, "Theme", "Solid waste", "Solid waste management");
        chooseInComboBox(officer, "Cooperation type", "Infrastructure", "Infrastructure or technology introduction");
        fill(officer, "vaadin-text-field", "Budget (JPY)", "28000000");
        typeDate(officer, "Planned start", "4/1/2027");
        typeDate(officer, "Planned end", "3/31/2029");
        shoot(officer, "journey-01-propose.png");
        click(officer, "Submit proposal");
        Locator proposed = officer.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(PROPOSED));
        proposed.waitFor();
        Matcher notified = PROPOSED.matcher(proposed.textContent());
        assertThat(notified.find()).isTrue();
        String code = notified.group(1);

        // the manager screens and approves
        Page manager = chromium.signedIn("cat23.manager");
        chromium.openTask(manager, ProjectProcess.FORM_SCREEN_PROPOSAL, taskId(code, ProjectProcess.TASK_SCREEN_PROPOSAL));
        heading(manager, "Screen project proposal").waitFor();
        shoot(manager, "journey-02-screen.png");
        click(manager, "Approve");
        done(manager, "Project " + code + " approved.");

        // three member delegates consent; the other twenty do not answer within 28 days
        assertThat(openTasks(code)).hasSize(23);
        for (String delegate : List.of("arakawa.delegate", "setagaya.delegate", "edogawa.delegate")) {
            Page page = chromium.signedIn(delegate);
            String group = users.get(delegate).organisationCode() + ":" + "member-delegate";
            chromium.openTask(page, ProjectProcess.FORM_GIVE_CONSENT, engineTasks.createTaskQuery().processInstanceBusinessKey(code)
                    .taskCandidateGroup(group).singleResult().getId());
            heading(page, "Give consent to cooperative project").waitFor();
            choose(page, "Answer of your municipality", "Consent");
            shoot(page, "journey-03-consent-" + delegate.replace(".delegate", "") + ".png");
            click(page, "Send answer");
            done(page, "Your consent to " + code + " is recorded.");
        }
        String main = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(ProjectProcess.PROCESS_KEY).singleResult().getId();
        management.createJobQuery().processInstanceId(main).activityId("Timer_AbstainAfter28Days").list()
                .forEach(job -> management.executeJob(job.getId()));

        // the partner city confirms the agreement, with the signed MoU
        Page partner = chromium.signedIn("surabaya.partner");
        chromium.openTask(partner, ProjectProcess.FORM_CONFIRM_AGREEMENT, taskId(code, ProjectProcess.TASK_CONFIRM_AGREEMENT));
        heading(partner, "Confirm cooperation agreement").waitFor();
        fill(partner, "vaadin-text-field", "Signatory of the lead organisation", "Chair of the Clean Authority of Tokyo");
        fill(partner, "vaadin-text-field", "Signatory of the partner city", "Mayor of Surabaya");
        typeDate(partner, "Signing date", "5/1/2027");
        typeDate(partner, "Expiry or renewal date", "4/30/2030");
        partner.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("mou.pdf", "application/pdf", pdf()));
        partner.locator("vaadin-upload-file[complete]").waitFor();
        shoot(partner, "journey-04-agreement.png");
        click(partner, "Confirm agreement");
        done(partner, "Agreement for " + code + " confirmed.");

        // an infrastructure project needs a feasibility study: the officer carries it out
        chromium.openTask(officer, FeasibilityProcess.FORM_DEFINE_SCOPE, taskId(code, FeasibilityProcess.TASK_DEFINE_SCOPE));
        heading(officer, "Define study scope and terms of reference").waitFor();
        fillArea(officer, "Scope", "Waste-to-energy for 1,500 t/day of Surabaya's municipal waste.");
        fillArea(officer, "Terms of reference", "Waste composition survey, site assessment and cost estimate.");
        shoot(officer, "journey-05-study-scope.png");
        click(officer, "Save scope and continue to the field survey");
        done(officer, "Scope of the feasibility study for " + code + " saved.");

        chromium.openTask(officer, FeasibilityProcess.FORM_CONDUCT_SURVEY, taskId(code, FeasibilityProcess.TASK_CONDUCT_SURVEY));
        heading(officer, "Conduct field survey").waitFor();
        typeDate(officer, "Survey start", "6/7/2027");
        typeDate(officer, "Survey end", "6/18/2027");
        fillArea(officer, "Team members", "Daisuke Ito (CAT23)");
        fill(officer, "vaadin-text-field", "Partner contact person", "Budi Santoso");
        click(officer, "Save survey and continue to the report");
        done(officer, "Field survey for " + code + " recorded.");

        chromium.openTask(officer, FeasibilityProcess.FORM_UPLOAD_REPORT, taskId(code, FeasibilityProcess.TASK_UPLOAD_REPORT));
        heading(officer, "Upload study report").waitFor();
        officer.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("fs-report.pdf", "application/pdf", pdf()));
        officer.locator("vaadin-upload-file[complete]").waitFor();
        fill(officer, "vaadin-text-field", "Recommended technology", "Stoker-type incineration with power generation");
        fill(officer, "vaadin-text-field", "Estimated cost (JPY)", "27000000");
        fillArea(officer, "Expected effect", "Less landfill, 12 MW of electricity.");
        shoot(officer, "journey-06-study-report.png");
        click(officer, "Submit report for review");
        done(officer, "Study report for " + code + " submitted for review");

        // the manager accepts the study and decides go
        chromium.openTask(manager, FeasibilityProcess.FORM_REVIEW_STUDY, taskId(code, FeasibilityProcess.TASK_REVIEW_STUDY));
        heading(manager, "Review feasibility study").waitFor();
        click(manager, "Accept study");
        done(manager, "Feasibility study for " + code + " accepted.");

        chromium.openTask(manager, ProjectProcess.FORM_DECIDE_GO_NO_GO, taskId(code, ProjectProcess.TASK_DECIDE_GO_NO_GO));
        heading(manager, "Decide go or no-go").waitFor();
        assertThat(String.join(" ", manager.locator(".project-summary").allTextContents()))
                .contains("Stoker-type incineration with power generation", "fs-report.pdf");
        choose(manager, "Decision", "Go: apply for funding");
        shoot(manager, "journey-07-go.png");
        click(manager, "Record decision");
        done(manager, "Go for " + code + " recorded.");

        // the officer applies to JICA; the manager approves the application for submission
        chromium.openTask(officer, FundingProcess.FORM_CHOOSE_SCHEME, taskId(code, FundingProcess.TASK_CHOOSE_SCHEME));
        heading(officer, "Choose funding scheme").waitFor();
        chooseInComboBox(officer, "Funding scheme", "JICA Grassroots Technical Cooperation (local-government type)",
                "JICA Grassroots Technical Cooperation (local-government type)");
        fill(officer, "vaadin-text-field", "Requested amount (JPY)", "24000000");
        fill(officer, "vaadin-integer-field", "Duration (months)", "24");
        click(officer, "Check eligibility");
        done(officer, "is eligible");

        chromium.openTask(officer, FundingProcess.FORM_DRAFT_APPLICATION, taskId(code, FundingProcess.TASK_DRAFT_APPLICATION));
        heading(officer, "Draft funding application").waitFor();
        fillArea(officer, "Objectives", "Prepare Surabaya's waste-to-energy plant.");
        fillArea(officer, "Activities", "Training of plant operators in Tokyo; dispatch of specialists.");
        officer.locator("vaadin-text-field:has(label:text-is('Item'))").nth(0).locator("input").fill("Training in Tokyo");
        Locator amount = officer.locator("vaadin-text-field:has(label:text-is('Amount (JPY)'))").nth(0).locator("input");
        amount.fill("24000000");
        amount.press("Tab");
        settle(officer);
        shoot(officer, "journey-08-funding-draft.png");
        click(officer, "Send to the manager for approval");
        done(officer, "sent to your manager");

        chromium.openTask(manager, FundingProcess.FORM_APPROVE_APPLICATION, taskId(code, FundingProcess.TASK_APPROVE_APPLICATION));
        heading(manager, "Approve funding application internally").waitFor();
        click(manager, "Approve for submission");
        done(manager, "approved");

        // JICA's reviewer screens the submitted application and approves it
        String screening = awaitTask(code, FundingProcess.TASK_SCREEN_APPLICATION);
        Page reviewer = chromium.signedIn("jica.reviewer");
        chromium.openTask(reviewer, FundingProcess.FORM_SCREEN_APPLICATION, screening);
        heading(reviewer, "Screen funding application").waitFor();
        reviewer.locator("vaadin-checkbox").first().click();
        for (Locator group : reviewer.locator("vaadin-radio-group").all()) {
            group.locator("vaadin-radio-button").nth(3).click();
        }
        fillArea(reviewer, "Comments for the decision", "A sound study and a committed partner.");
        click(reviewer, "Save screening");
        done(reviewer, "Screening of " + code + " saved");

        chromium.openTask(reviewer, FundingProcess.FORM_DECIDE_APPLICATION, taskId(code, FundingProcess.TASK_DECIDE_APPLICATION));
        heading(reviewer, "Decide on funding application").waitFor();
        choose(reviewer, "Decision", "Approve");
        fill(reviewer, "vaadin-text-field", "Approved amount (JPY)", "22000000");
        shoot(reviewer, "journey-09-funding-decision.png");
        click(reviewer, "Record decision");
        done(reviewer, "Funding for " + code + " approved.");

        // what the records now hold
        assertThat(lifecycle.agreement(code, cat23Officer).orElseThrow().partnerSignatory()).isEqualTo("Mayor of Surabaya");
        assertThat(feasibility.findByProjectCode(code, cat23Officer).orElseThrow().status()).isEqualTo(StudyStatus.ACCEPTED);
        FundingApplication application = funding.application(code, 1, cat23Officer).orElseThrow();
        assertThat(application.status()).isEqualTo(FundingApplicationStatus.APPROVED);
        assertThat(application.lastDecision().orElseThrow().approvedAmountJpy()).isEqualTo(22_000_000L);
        assertThat(openTasks(code)).extracting(Task::getTaskDefinitionKey).containsExactly(FundingProcess.TASK_RECORD_AGREEMENT);
        assertThat(projects.require(code, cat23Officer).title()).isEqualTo(title);
    }

    private List<Task> openTasks(String code) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(code).list();
    }

    private String taskId(String code, String key) {
        Task task = engineTasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).singleResult();
        assertThat(task).as(key + " open for " + code).isNotNull();
        return task.getId();
    }

    /** The submission to the agency runs asynchronously (its job executor takes it at once); waits for the agency's task. */
    private String awaitTask(String code, String key) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            Task task = engineTasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).singleResult();
            if (task != null) {
                return task.getId();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        throw new AssertionError(key + " did not open for " + code + " within 60 s");
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
