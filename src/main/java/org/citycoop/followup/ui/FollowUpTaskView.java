package org.citycoop.followup.ui;

import com.vaadin.flow.component.html.Div;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.followup.FollowUpRound;
import org.citycoop.followup.FollowUpService;
import org.citycoop.followup.FollowUpTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.TaskView;

/** What the follow-up task screens share: the task loaded through {@link FollowUpService} for its user task. */
abstract class FollowUpTaskView extends TaskView<FollowUpTask> {

    protected final FollowUpService followUps;
    protected final TaskSubjectLookup subjects;
    protected final CurrentUser currentUser;
    private final String taskDefinitionKey;

    FollowUpTaskView(String titleKey, String taskDefinitionKey, FollowUpService followUps, TaskSubjectLookup subjects,
                     CurrentUser currentUser) {
        super(titleKey);
        this.taskDefinitionKey = taskDefinitionKey;
        this.followUps = followUps;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected FollowUpTask open(String taskId) {
        return followUps.openTask(taskId, taskDefinitionKey, currentUser.require());
    }

    protected TaskHeader header(FollowUpTask task) {
        return new TaskHeader(task.task(), subjects);
    }

    /** The round the task works on: its number and the day it was due. */
    protected Div roundFacts(FollowUpTask task) {
        FollowUpRound round = task.round().orElseThrow();
        return FactCards.card(getTranslation("followup.round.title", round.number(), task.project().code()),
                FactCards.fact(getTranslation("followup.round.project"), task.project().title()),
                FactCards.fact(getTranslation("followup.round.due"), Formats.date(round.dueOn())),
                FactCards.fact(getTranslation("followup.round.partner"), task.project().partnerName().in(getLocale())));
    }
}
