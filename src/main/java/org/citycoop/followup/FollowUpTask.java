package org.citycoop.followup;

import java.util.List;
import java.util.Optional;
import org.citycoop.project.Project;
import org.citycoop.project.SubmittedActionPlan;
import org.citycoop.workflow.WorkTask;

/**
 * A follow-up task as its screen needs it: the project, its action plan, the schedule once set,
 * and for a round's tasks the round with the progress reported so far (one entry per target).
 */
public record FollowUpTask(WorkTask task, Project project, SubmittedActionPlan actionPlan,
                           Optional<FollowUpSchedule> schedule, Optional<FollowUpRound> round, List<IndicatorProgress> progress) {
}
