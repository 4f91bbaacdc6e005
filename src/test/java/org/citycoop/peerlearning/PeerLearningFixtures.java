package org.citycoop.peerlearning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.citycoop.followup.FollowUpFixtures;
import org.citycoop.followup.FollowUpProcess;
import org.citycoop.followup.FollowUpService;
import org.citycoop.followup.ReviewOutcome;
import org.citycoop.project.ActionPlan;
import org.citycoop.project.IndicatorTarget;
import org.citycoop.project.Project;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Kitakyushu projects with Surabaya whose partner reported follow-up values, and a way to close one. */
@Component
class PeerLearningFixtures {

    private final FollowUpFixtures followUp;
    private final FollowUpService followUps;
    private final JdbcClient jdbc;

    PeerLearningFixtures(FollowUpFixtures followUp, FollowUpService followUps, JdbcClient jdbc) {
        this.followUp = followUp;
        this.followUps = followUps;
        this.jdbc = jdbc;
    }

    /** Composting from {@code baseline} to {@code target} t/day and recycling from 8 to 20 %, with one accepted round. */
    Project reported(String compostingBaseline, String compostingTarget, String composting, String recycling) {
        Project project = followUp.projectInFollowUp(new ActionPlan("Composting in the city's districts.", List.of(
                new IndicatorTarget("COMPOSTING", compostingBaseline, compostingTarget, LocalDate.of(2029, 3, 31)),
                new IndicatorTarget("RECYCLING_RATE", "8", "20", LocalDate.of(2029, 3, 31)))));
        followUps.setSchedule(followUp.task(project, FollowUpProcess.TASK_SET_SCHEDULE).getId(), "R1/P6M", followUp.officer());
        followUp.roundDue(project);
        followUp.report(project, composting, recycling);
        followUp.review(project, ReviewOutcome.ACCEPTED, false, null);
        return project;
    }

    /**
     * Sets the project closed as its process would after the evaluation: the lifecycle to that point
     * is tested with the project process, here only the status matters.
     */
    void close(Project project) {
        jdbc.sql("update project set status = 'CLOSED' where id = :id").param("id", project.id()).update();
    }

    static String uniqueCode(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
