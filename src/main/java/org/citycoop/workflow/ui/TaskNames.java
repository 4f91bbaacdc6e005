package org.citycoop.workflow.ui;

import com.vaadin.flow.component.Component;
import org.citycoop.workflow.WorkTask;

/**
 * A task's name in the user's language, {@code task.name.<task definition key>}: the engine only
 * knows the English name written in the model.
 */
public final class TaskNames {

    static final String PREFIX = "task.name.";

    private TaskNames() {
    }

    public static String of(Component screen, WorkTask task) {
        return screen.getTranslation(PREFIX + task.taskDefinitionKey());
    }
}
