package org.citycoop.training.ui;

import java.util.function.Supplier;
import org.citycoop.base.InvalidInputException;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;

/** A save that keeps the task open: confirm and show the task as it now stands, or put the server's problems on the fields. */
final class SaveAndStay {

    private SaveAndStay() {
    }

    static void run(Runnable save, String message, Supplier<ServerProblems> problems, Runnable afterwards) {
        try {
            save.run();
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(problems.get().show(refused));
            return;
        }
        TaskScreens.confirm(message);
        afterwards.run();
    }
}
