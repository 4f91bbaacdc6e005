package org.citycoop.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.citycoop.funding.ApplicationDraft;
import org.citycoop.funding.BudgetLine;
import org.citycoop.funding.FundingService;
import org.citycoop.funding.InternalApprovalDecision;
import org.citycoop.funding.SchemeChoice;
import org.citycoop.project.AgreementInput;
import org.citycoop.project.ConsentAnswer;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectProposal;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo projects at the stages a newcomer wants to see, each carried there by the real services as
 * the users who would do it: something waits in every demo user's inbox.
 */
@Component
@Profile("demo")
class DemoProjects {

    private final ProjectService projects;
    private final ProjectLifecycleService lifecycle;
    private final FundingService funding;
    private final WorkflowService workflow;
    private final UserDetailsService userDetails;
    private final Clock clock;

    DemoProjects(ProjectService projects, ProjectLifecycleService lifecycle, FundingService funding, WorkflowService workflow,
                 UserDetailsService userDetails, Clock clock) {
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.funding = funding;
        this.workflow = workflow;
        this.userDetails = userDetails;
        this.clock = clock;
    }

    void load() {
        LocalDate today = LocalDate.now(clock);
        // waits for the manager's screening
        propose("kitakyushu.officer", "Community composting scale-up in Surabaya", "SBY", "WASTE",
                "TECHNICAL_COOPERATION", today.plusMonths(4), today.plusMonths(28), 24_000_000L);
        // approved: waits for Dalian's coordinator to confirm the agreement
        Project dalian = propose("kitakyushu.officer", "Air-quality monitoring network for Dalian", "DLC", "AIR_QUALITY",
                "TECHNICAL_COOPERATION", today.plusMonths(6), today.plusMonths(30), 18_500_000L);
        screen(dalian, "kitakyushu.manager", ScreeningDecision.APPROVE, "Fits the city's Green Growth plan.");
        // returned to Yokohama's officer with the manager's comment
        Project daNang = propose("yokohama.officer", "Sewerage master-plan support for Da Nang", "DAD", "SEWERAGE",
                "POLICY_SUPPORT", today.plusMonths(3), today.plusMonths(27), 30_000_000L);
        screen(daNang, "yokohama.manager", ScreeningDecision.RETURN,
                "Please split the budget into the survey and the planning phase, and check the JICA call dates.");
        // a cooperative project: Arakawa has consented, Setagaya, Edogawa and the other wards are asked
        Project kualaLumpur = propose("cat23.officer", "Incineration plant operation training for Kuala Lumpur", "KUL",
                "WASTE", "TECHNICAL_COOPERATION", today.plusMonths(5), today.plusMonths(17), 9_800_000L);
        screen(kualaLumpur, "cat23.manager", ScreeningDecision.APPROVE, "The wards' plants can host the trainees.");
        lifecycle.giveConsent(taskOf(kualaLumpur, "arakawa.delegate").id(), ConsentAnswer.CONSENT, null, user("arakawa.delegate"));
        // agreed with Surabaya and applied to JICA: waits for the agency's screening
        Project surabaya = propose("kitakyushu.officer", "Separate collection of market waste in Surabaya", "SBY", "WASTE",
                "TECHNICAL_COOPERATION", today.plusMonths(3), today.plusMonths(27), 24_000_000L);
        screen(surabaya, "kitakyushu.manager", ScreeningDecision.APPROVE, "");
        lifecycle.confirmAgreement(taskOf(surabaya, "surabaya.partner").id(), new AgreementInput("Mayor of Kitakyushu",
                "Mayor of Surabaya", today.minusDays(10), today.plusYears(3), null, null), user("surabaya.partner"));
        applyToJica(surabaya);
    }

    private void applyToJica(Project project) {
        SchemeChoice choice = new SchemeChoice();
        choice.setSchemeCode("JICA_GRASSROOTS_LG");
        choice.setRequestedAmountJpy(24_000_000L);
        choice.setDurationMonths(24);
        funding.chooseScheme(taskOf(project, "kitakyushu.officer").id(), choice, user("kitakyushu.officer"));
        ApplicationDraft draft = new ApplicationDraft();
        draft.setObjectives("Separate collection in Surabaya's 30 traditional markets, composting the organic part.");
        draft.setActivities("Training of Surabaya's cleansing agency in Kitakyushu; dispatch of two composting specialists.");
        draft.setDurationMonths(24);
        draft.setRequestedAmountJpy(24_000_000L);
        draft.setBudgetLines(List.of(new BudgetLine("Training in Kitakyushu", 14_000_000L),
                new BudgetLine("Dispatch of specialists", 10_000_000L)));
        funding.submitDraft(taskOf(project, "kitakyushu.officer").id(), draft, user("kitakyushu.officer"));
        // submission to the agency then runs as the engine's asynchronous step, once this transaction commits
        funding.approveInternally(taskOf(project, "kitakyushu.manager").id(), InternalApprovalDecision.APPROVE, "",
                user("kitakyushu.manager"));
    }

    private Project propose(String officer, String title, String partner, String theme, String type,
                            LocalDate start, LocalDate end, long budget) {
        ProjectProposal proposal = new ProjectProposal();
        proposal.setTitle(title);
        proposal.setPartnerCode(partner);
        proposal.setThemeCode(theme);
        proposal.setCooperationTypeCode(type);
        proposal.setPlannedStart(start);
        proposal.setPlannedEnd(end);
        proposal.setBudgetJpy(budget);
        return projects.propose(proposal, user(officer));
    }

    private void screen(Project project, String manager, ScreeningDecision decision, String comment) {
        projects.screen(taskOf(project, manager).id(), decision, comment, user(manager));
    }

    /** The one open task of the project that this user may work on. */
    private WorkTask taskOf(Project project, String username) {
        List<WorkTask> open = workflow.openTasksOf(project.code(), Actor.of(user(username)));
        if (open.size() != 1) {
            throw new IllegalStateException("Demo: expected one task of " + project.code() + " for " + username + ", found " + open);
        }
        return open.get(0);
    }

    private CityCoopUser user(String username) {
        return (CityCoopUser) userDetails.loadUserByUsername(username);
    }
}
