package org.citycoop.funding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;
import org.citycoop.base.InvalidInputException;
import org.citycoop.funding.ConflictOfInterestException;
import org.citycoop.workflow.TaskClaimedByOtherException;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.ui.TaskScreens;

/** How a funding screen submits: done → inbox; refused → problems on the fields; gone or taken → say so. */
final class TaskSubmit {

    private TaskSubmit() {
    }

    static void run(Runnable submit, String doneMessage, Supplier<ServerProblems> problems) {
        run(() -> {
            submit.run();
            return doneMessage;
        }, problems);
    }

    /** For a submit whose confirmation depends on its result: {@code submit} returns the message. */
    static void run(Supplier<String> submit, Supplier<ServerProblems> problems) {
        try {
            TaskScreens.done(submit.get());
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(problems.get().show(refused));
        } catch (TaskClaimedByOtherException claimed) {
            TaskScreens.claimedByOther(claimed);
        } catch (ConflictOfInterestException conflict) {
            leave("funding.conflict.refused");
        } catch (TaskNotAvailableException gone) {
            // completed by a colleague meanwhile, or no longer this organisation's task
            leave("task.not-available");
        }
    }

    private static void leave(String messageKey) {
        UI ui = UI.getCurrent();
        Notification.show(ui.getTranslation(messageKey), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        ui.navigate("");
    }
}
