package org.citycoop.workflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.NotAvailableException;
import org.citycoop.workflow.TaskClaimedByOtherException;

/** How every task screen submits: done → inbox; refused → problems on the fields; gone or taken → say so. */
public final class TaskSubmit {

    private TaskSubmit() {
    }

    public static void run(Runnable submit, String doneMessage, Supplier<ServerProblems> problems) {
        run(() -> {
            submit.run();
            return doneMessage;
        }, problems);
    }

    /** For a submit whose confirmation depends on its result: {@code submit} returns the message. */
    public static void run(Supplier<String> submit, Supplier<ServerProblems> problems) {
        try {
            TaskScreens.done(submit.get());
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(problems.get().show(refused));
        } catch (TaskClaimedByOtherException claimed) {
            TaskScreens.claimedByOther(claimed);
        } catch (NotAvailableException gone) {
            // completed by a colleague meanwhile, no longer this organisation's, or refused for a reason of its own
            TaskScreens.logRefusal(gone);
            UI ui = UI.getCurrent();
            Notification.show(ui.getTranslation(gone.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            InboxLocation.returnTo(ui);
        }
    }
}
