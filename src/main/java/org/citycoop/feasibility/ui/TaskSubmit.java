package org.citycoop.feasibility.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.citycoop.base.InvalidInputException;
import org.citycoop.workflow.TaskClaimedByOtherException;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.ui.TaskScreens;

/** How a feasibility screen submits: done → inbox; refused → problems on the fields; gone or taken → say so. */
final class TaskSubmit {

    private TaskSubmit() {
    }

    static void run(Runnable submit, String doneMessage, ServerProblems problems) {
        try {
            submit.run();
            TaskScreens.done(doneMessage);
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(problems.show(refused));
        } catch (TaskClaimedByOtherException claimed) {
            TaskScreens.claimedByOther(claimed);
        } catch (TaskNotAvailableException gone) {
            // completed by a colleague meanwhile, or no longer this organisation's task
            UI ui = UI.getCurrent();
            Notification.show(ui.getTranslation("task.not-available"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            ui.navigate("");
        }
    }
}
