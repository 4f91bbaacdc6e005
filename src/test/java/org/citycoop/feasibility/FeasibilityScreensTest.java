package org.citycoop.feasibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.done;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.fillArea;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shoot;
import static org.citycoop.BrowserSession.typeDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProposal;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The four feasibility screens in Debian's Chromium, each opened by its route as the inbox links
 * it: the officer defines the scope (a missing field is refused on the field first), records the
 * survey, uploads a report with its findings; the manager returns it without a
 * comment (refused), then with one; the officer sees the comment and resubmits without a new
 * file; the manager accepts. Screenshots go to {@code target/screenshots/feasibility-*.png}.
 */
@CityCoopTest
class FeasibilityScreensTest {

    private static final int REPORT_BYTES = 300_000;

    @LocalServerPort
    int port;

    @Autowired
    ProjectService projects;

    @Autowired
    FeasibilityService feasibility;

    @Autowired
    WorkflowService workflow;

    @Autowired
    TaskService engineTasks;

    @Autowired
    TestUsers users;

    @Test
    void officerAndManagerCarryAStudyThroughItsScreens() {
        try (BrowserSession browser = BrowserSession.onPort(port)) {
            browser.run("feasibility", () -> journey(browser));
        }
    }

    private void journey(BrowserSession browser) {
        CityCoopUser officer = users.get("kitakyushu.officer");
        Project project = projects.propose(proposal("Screens test: market-waste composting " + UUID.randomUUID()), officer);
        String instance = workflow.startProcess(FeasibilityProcess.PROCESS_KEY, project.code(),
                Map.of("leadOrganisation", "KIT", "partnerOrganisation", "SBY"), Actor.of(officer));

        Page officerPage = browser.signedIn("kitakyushu.officer", 1280, 900);

        // define scope: the terms of reference are missing at first
        browser.openTask(officerPage, FeasibilityProcess.FORM_DEFINE_SCOPE, task(instance, FeasibilityProcess.TASK_DEFINE_SCOPE));
        heading(officerPage, "Define study scope and terms of reference").waitFor();
        assertThat(officerPage.locator(".task-header").textContent()).contains(project.code());
        fillArea(officerPage, "Scope", "Organic waste of three markets.");
        click(officerPage, "Save scope and continue to the field survey");
        Locator terms = field(officerPage, "vaadin-text-area", "Terms of reference");
        errorOf(terms, "Terms of reference:");
        shoot(officerPage, "feasibility-01-scope-refused.png");
        terms.locator("textarea").fill("Waste composition survey and cost estimate.");
        click(officerPage, "Save scope and continue to the field survey");
        done(officerPage, "Scope of the feasibility study for " + project.code() + " saved.");

        // field survey
        browser.openTask(officerPage, FeasibilityProcess.FORM_CONDUCT_SURVEY, task(instance, FeasibilityProcess.TASK_CONDUCT_SURVEY));
        heading(officerPage, "Conduct field survey").waitFor();
        assertThat(officerPage.locator(".project-summary").first().textContent()).contains("Organic waste of three markets.");
        typeDate(officerPage, "Survey start", "5/10/2027");
        typeDate(officerPage, "Survey end", "5/14/2027");
        fillArea(officerPage, "Team members", "Aiko Tanaka\nKenta Mori");
        field(officerPage, "vaadin-text-field", "Partner contact person").locator("input").fill("Budi Santoso");
        shoot(officerPage, "feasibility-02-survey.png");
        click(officerPage, "Save survey and continue to the report");
        done(officerPage, "Field survey for " + project.code() + " recorded.");

        // study report with findings. Kept under 1 MB: Spring Boot's default multipart limit (1 MB) refuses
        // larger uploads ("Upload forbidden") until spring.servlet.multipart.max-file-size is raised
        browser.openTask(officerPage, FeasibilityProcess.FORM_UPLOAD_REPORT, task(instance, FeasibilityProcess.TASK_UPLOAD_REPORT));
        heading(officerPage, "Upload study report").waitFor();
        officerPage.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("fs-report.pdf", "application/pdf", pdfOfSize(REPORT_BYTES)));
        officerPage.locator("vaadin-upload-file[complete]").waitFor();
        field(officerPage, "vaadin-text-field", "Recommended technology").locator("input").fill("Windrow composting");
        field(officerPage, "vaadin-text-field", "Estimated cost (JPY)").locator("input").fill("48000000");
        field(officerPage, "vaadin-big-decimal-field", "Waste diverted (t/year)").locator("input").fill("7300.5");
        fillArea(officerPage, "Expected effect", "Less waste to landfill.");
        settle(officerPage);
        shoot(officerPage, "feasibility-03-report.png");
        click(officerPage, "Submit report for review");
        done(officerPage, "Study report for " + project.code() + " submitted for review");

        // the manager returns it: first without a comment (refused), then with one
        Page managerPage = browser.signedIn("kitakyushu.manager", 1280, 900);
        String review = task(instance, FeasibilityProcess.TASK_REVIEW_STUDY);
        browser.openTask(managerPage, FeasibilityProcess.FORM_REVIEW_STUDY, review);
        heading(managerPage, "Review feasibility study").waitFor();
        String facts = String.join(" ", managerPage.locator(".project-summary").allTextContents());
        assertThat(facts).contains("Windrow composting", "48,000,000", "7,300.5 t/year", "Does not apply", "Budi Santoso",
                "fs-report.pdf");
        shoot(managerPage, "feasibility-04-review.png");
        click(managerPage, "Return for revision");
        errorOf(field(managerPage, "vaadin-text-area", "Comment to the officer"), "Comment:");
        fillArea(managerPage, "Comment to the officer", "Add the shredder cost.");
        click(managerPage, "Return for revision");
        done(managerPage, "returned to the officer for revision");

        // the officer sees the comment and resubmits, keeping the report
        browser.openTask(officerPage, FeasibilityProcess.FORM_UPLOAD_REPORT, task(instance, FeasibilityProcess.TASK_UPLOAD_REPORT));
        officerPage.locator(".manager-comment").filter(new Locator.FilterOptions().setHasText("Add the shredder cost.")).waitFor();
        assertThat(field(officerPage, "vaadin-text-field", "Recommended technology").locator("input").inputValue())
                .isEqualTo("Windrow composting");
        field(officerPage, "vaadin-text-field", "Estimated cost (JPY)").locator("input").fill("51000000");
        shoot(officerPage, "feasibility-05-revise.png");
        click(officerPage, "Submit report for review");
        done(officerPage, "submitted for review");

        // the manager accepts
        browser.openTask(managerPage, FeasibilityProcess.FORM_REVIEW_STUDY, task(instance, FeasibilityProcess.TASK_REVIEW_STUDY));
        heading(managerPage, "Review feasibility study").waitFor();
        click(managerPage, "Accept study");
        done(managerPage, "Feasibility study for " + project.code() + " accepted.");

        FeasibilityStudy study = feasibility.findByProjectCode(project.code(), officer).orElseThrow();
        assertThat(study.status()).isEqualTo(StudyStatus.ACCEPTED);
        assertThat(study.estimatedCostJpy()).isEqualTo(51_000_000L);
        assertThat(study.surveyStart()).isEqualTo(LocalDate.of(2027, 5, 10));
        assertThat(study.reportFileName()).isEqualTo("fs-report.pdf");
        assertThat(feasibility.reportOf(project.code(), officer)).get()
                .satisfies(file -> assertThat(file.content()).hasSize(REPORT_BYTES));
    }

    private String task(String processInstanceId, String taskDefinitionKey) {
        return engineTasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey)
                .singleResult().getId();
    }

    private static byte[] pdfOfSize(int size) {
        byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = new byte[size];
        Arrays.fill(pdf, (byte) 'x');
        System.arraycopy(head, 0, pdf, 0, head.length);
        System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
        return pdf;
    }

    private static ProjectProposal proposal(String title) {
        ProjectProposal proposal = new ProjectProposal();
        proposal.setTitle(title);
        proposal.setPartnerCode("SBY");
        proposal.setThemeCode("WASTE");
        proposal.setCooperationTypeCode("INFRASTRUCTURE");
        proposal.setPlannedStart(LocalDate.of(2027, 4, 1));
        proposal.setPlannedEnd(LocalDate.of(2029, 3, 31));
        proposal.setBudgetJpy(60_000_000L);
        return proposal;
    }
}
