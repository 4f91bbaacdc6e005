package org.citycoop.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.BrowserSession.click;
import static org.citycoop.BrowserSession.done;
import static org.citycoop.BrowserSession.errorOf;
import static org.citycoop.BrowserSession.field;
import static org.citycoop.BrowserSession.fill;
import static org.citycoop.BrowserSession.heading;
import static org.citycoop.BrowserSession.settle;
import static org.citycoop.BrowserSession.shoot;
import static org.citycoop.BrowserSession.shootLaptopAndPhone;
import static org.citycoop.BrowserSession.typeDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.citycoop.BrowserSession;
import org.citycoop.CityCoopTest;
import org.citycoop.TestFiles;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectProcessFixture;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A working day of Surabaya's partner coordinator, on her phone first: the portal with the task
 * waiting for her (a large touch target), her city's projects and what Kitakyushu did on them; she
 * confirms the cooperation agreement (first without the signatories, which she is told to give),
 * with the signed MoU; back on the portal the task is gone and the MoU is among her documents, to
 * download. Then on a laptop: the portal and the project page with the MoU and its document. A
 * Kuala Lumpur project of the same hours never shows, not even by its address. Screenshots:
 * {@code target/screenshots/day-partner-*.png}.
 */
@CityCoopTest
class PartnerDayJourneyTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired ProjectLifecycleService lifecycle;
    @Autowired WorkflowService workflow;
    @Autowired ProjectProcessFixture process;
    @Autowired TaskService engineTasks;
    @Autowired TestUsers users;

    @Test
    void surabayasCoordinatorConfirmsTheAgreementOnHerPhoneAndFindsItOnTheProjectPage() {
        try (BrowserSession chromium = BrowserSession.onPort(port)) {
            chromium.run("day-partner", () -> day(chromium));
        }
    }

    private void day(BrowserSession chromium) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Project project = approvedProposal("Composting with Surabaya's kampungs " + suffix, "SBY");
        Project otherCity = approvedProposal("Kuala Lumpur sorting " + suffix, "KUL");
        // due today: the portal lists the most urgent tasks first, so it is shown however many
        // tasks the other tests of the run left to Surabaya (they are due in days or weeks)
        engineTasks.setDueDate(process.taskWithKey(project, ProjectProcess.TASK_CONFIRM_AGREEMENT).getId(),
                Date.from(Instant.now().plus(Duration.ofHours(2))));

        // on the phone: she lands on the portal
        Page phone = chromium.signedIn("surabaya.partner", 390, 844);
        assertThat(phone.url()).endsWith("/partner");
        heading(phone, "Surabaya: partner portal").waitFor();
        Locator task = phone.locator(".partner-tasks a.partner-card").filter(new Locator.FilterOptions().setHasText(project.code()));
        assertThat(task.textContent()).contains("Confirm cooperation agreement", project.title(), "Due ");
        // a touch target a thumb hits: at least 48 px high and nearly the width of the phone
        assertThat(task.boundingBox().height).isGreaterThanOrEqualTo(48);
        assertThat(task.boundingBox().width).isGreaterThan(300);
        assertThat(phone.locator(".partner-projects").textContent()).contains(project.code(), project.title());
        assertThat(phone.locator(".partner-activity").textContent())
                .contains(project.code(), "Hiroshi Sato approved the proposal", "Aiko Tanaka proposed the project");
        assertThat(phone.locator("body").textContent()).doesNotContain(otherCity.code()).doesNotContain(otherCity.title());
        shoot(phone, "day-partner-01-portal-phone.png");

        // she opens the task with one tap; confirming without the signatories is refused on the fields
        task.click();
        phone.waitForURL("**/task/" + ProjectProcess.FORM_CONFIRM_AGREEMENT + "/**");
        heading(phone, "Confirm cooperation agreement").waitFor();
        settle(phone);
        click(phone, "Confirm agreement");
        errorOf(field(phone, "vaadin-text-field", "Signatory of the partner city"), "Signatory");
        shoot(phone, "day-partner-02-agreement-refused-phone.png");
        assertThat(process.taskWithKey(project, ProjectProcess.TASK_CONFIRM_AGREEMENT)).as("task still open").isNotNull();

        fill(phone, "vaadin-text-field", "Signatory of the lead organisation", "Mayor of Kitakyushu");
        fill(phone, "vaadin-text-field", "Signatory of the partner city", "Mayor of Surabaya");
        typeDate(phone, "Signing date", "5/1/2027");
        typeDate(phone, "Expiry or renewal date", "4/30/2030");
        phone.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("mou-signed.pdf", "application/pdf", TestFiles.pdf("MoU Kitakyushu Surabaya")));
        phone.locator("vaadin-upload-file[complete]").waitFor();
        shoot(phone, "day-partner-03-agreement-phone.png");
        click(phone, "Confirm agreement");
        done(phone, "Agreement for " + project.code() + " confirmed.");

        // back on the portal by the menu: the task is done, the signed MoU is among her documents
        phone.locator("vaadin-drawer-toggle").click();
        phone.locator("vaadin-side-nav-item:has-text('Partner portal')").click();
        heading(phone, "Surabaya: partner portal").waitFor();
        settle(phone);
        assertThat(phone.locator(".partner-tasks").textContent()).doesNotContain(project.code());
        Locator mou = phone.locator(".partner-documents a.partner-document").filter(new Locator.FilterOptions().setHasText("mou-signed.pdf"));
        assertThat(mou.boundingBox().height).isGreaterThanOrEqualTo(48);
        mou.scrollIntoViewIfNeeded();
        shoot(phone, "day-partner-04-portal-after-phone.png");
        assertThat(BrowserSession.download(mou)).startsWith("%PDF");

        // on a laptop: the portal, then the project page with the MoU and its document
        phone.setViewportSize(1280, 800);
        settle(phone);
        shoot(phone, "day-partner-05-portal.png");
        phone.locator(".partner-projects a.partner-card").filter(new Locator.FilterOptions().setHasText(project.code())).click();
        phone.waitForURL("**/projects/" + project.code());
        phone.locator(".project-mou").waitFor();
        settle(phone);
        assertThat(phone.locator(".project-mou").textContent()).contains("Mayor of Kitakyushu", "Mayor of Surabaya");
        assertThat(phone.locator("body").textContent()).contains("mou-signed.pdf");
        shootLaptopAndPhone(phone, "day-partner-06-project", phone.locator(".project-mou"));
        assertThat(lifecycle.agreement(project.code(), users.get("surabaya.partner")).orElseThrow().partnerSignatory())
                .isEqualTo("Mayor of Surabaya");

        // another city's project, by its address: refused without a word of it
        phone.navigate(chromium.url("projects/" + otherCity.code()));
        BrowserSession.notification(phone, "This project is not available");
        assertThat(phone.locator("body").textContent()).doesNotContain(otherCity.title());
    }

    /** A Kitakyushu proposal with the partner city, approved by the manager: the partner's agreement is next. */
    private Project approvedProposal(String title, String partnerCode) {
        Project project = projects.propose(TestProposals.of(title, partnerCode), users.get("kitakyushu.officer"));
        projects.screen(workflow.openTasksOf(project.code(), Actor.of(users.get("kitakyushu.manager"))).get(0).id(),
                ScreeningDecision.APPROVE, "", users.get("kitakyushu.manager"));
        return project;
    }
}
