package org.citycoop.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import org.citycoop.base.ui.FactCards;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkflowService;

/**
 * On the screen of an absent colleague's task that the signed-in user stands in for (DD027): whose
 * task it is, and that completing it records that they acted for them. Shown under the task's header.
 */
@org.springframework.stereotype.Component
class ActingForNotice {

    private final WorkflowService workflow;
    private final CurrentUser currentUser;

    ActingForNotice(WorkflowService workflow, CurrentUser currentUser) {
        this.workflow = workflow;
        this.currentUser = currentUser;
    }

    Optional<Component> of(String taskId) {
        return workflow.standingInFor(taskId, Actor.of(currentUser.require())).map(absent -> {
            UI ui = UI.getCurrent();
            String name = workflow.namesOf(List.of(absent)).get(absent).in(ui.getLocale());
            Div note = FactCards.note(ui.getTranslation("task.acting-for.title", name),
                    ui.getTranslation("task.acting-for.text", name));
            note.addClassName("acting-for-notice");
            return note;
        });
    }
}
