package org.citycoop.project;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.citycoop.TestUsers;
import org.springframework.stereotype.Component;

/** Projects of kitakyushu.officer whose partner has confirmed the agreement, each step through the services. */
@Component
class AgreedProjects {

    static final LocalDate SIGNED = LocalDate.of(2027, 5, 1);

    private final ProjectService projects;
    private final ProjectLifecycleService lifecycle;
    private final ProjectProcessFixture process;
    private final TestUsers users;

    AgreedProjects(ProjectService projects, ProjectLifecycleService lifecycle, ProjectProcessFixture process, TestUsers users) {
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.process = process;
        this.users = users;
    }

    /** The proposal screened and its agreement confirmed by {@code partner}: signed on {@link #SIGNED}, for three years. */
    Project confirmed(ProjectProposal proposal, String leadSignatory, String partnerSignatory, String partner) {
        Project project = projects.propose(proposal, users.get("kitakyushu.officer"));
        projects.screen(process.onlyTask(project).getId(), ScreeningDecision.APPROVE, "", users.get("kitakyushu.manager"));
        process.startAt(project, ProjectProcess.TASK_CONFIRM_AGREEMENT, Map.of(ProjectProcess.FEASIBILITY_STUDY_NEEDED, false,
                ProjectProcess.AGREEMENT_RENEWAL_REMINDER_AT,
                Date.from(LocalDate.of(2030, 1, 1).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant())));
        lifecycle.confirmAgreement(process.taskWithKey(project, ProjectProcess.TASK_CONFIRM_AGREEMENT).getId(),
                new AgreementInput(leadSignatory, partnerSignatory, SIGNED, SIGNED.plusYears(3).minusDays(1), null, null),
                users.get(partner));
        return project;
    }
}
