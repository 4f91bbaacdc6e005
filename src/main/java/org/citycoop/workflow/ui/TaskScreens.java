package org.citycoop.workflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.base.NotAvailableException;
import org.citycoop.base.SecurityLog;
import org.citycoop.base.ui.Formats;
import org.citycoop.workflow.TaskClaimedByOtherException;

/** What every task screen does the same way: load or leave, confirm, warn. */
public final class TaskScreens {

    public static final String TASK_ID = "taskId";

    private TaskScreens() {
    }

    /**
     * Loads what a task (or project) screen shows, or sends the user back to the inbox with one
     * neutral message: a record of another organisation looks exactly like one that does not exist.
     */
    public static <T> Optional<T> load(BeforeEnterEvent event, Supplier<T> loader) {
        try {
            return Optional.of(loader.get());
        } catch (NotAvailableException notAvailable) {
            logRefusal(notAvailable);
            warn(event.getUI().getTranslation(notAvailable.messageKey()));
            event.forwardTo("");
            return Optional.empty();
        }
    }

    /** Records a refusal in the security log: its message names what was asked for (the user is told nothing of it). */
    static void logRefusal(NotAvailableException refused) {
        VaadinService.getCurrent().getInstantiator().getOrCreate(SecurityLog.class).recordRefusal(refused.getMessage());
    }

    /** After a completed task: confirm and go back to the inbox. */
    public static void done(String message) {
        confirm(message);
        InboxLocation.returnTo(UI.getCurrent());
    }

    /** Confirms what the user just did, where they are. */
    public static void confirm(String message) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void claimedByOther(TaskClaimedByOtherException claimed) {
        warn(UI.getCurrent().getTranslation("task.claimed-by-other", claimed.assignee()));
    }

    /** Problems that belong to no visible field are still shown, never swallowed. */
    public static void showProblems(List<FieldProblem> problems) {
        problems.forEach(problem -> warn(problem.message(Formats.screenLocale())));
    }

    private static void warn(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
