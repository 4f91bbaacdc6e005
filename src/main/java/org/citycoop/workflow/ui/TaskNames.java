package org.citycoop.workflow.ui;

import com.vaadin.flow.component.Component;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citycoop.workflow.WorkTask;

/**
 * A task's name in the user's language, {@code task.name.<task definition key>}: the engine only
 * knows the English name written in the model. Stored records (audit details, the timeline) keep
 * the task definition key and are put in words here, when they are shown (DD030).
 */
public final class TaskNames {

    static final String PREFIX = "task.name.";
    /** A task definition key in a stored text: the models' ids all read {@code Task_<Name>}. */
    private static final Pattern TASK_KEY = Pattern.compile("\\bTask_[A-Za-z0-9]+\\b");

    private TaskNames() {
    }

    public static String of(Component screen, WorkTask task) {
        return screen.getTranslation(PREFIX + task.taskDefinitionKey());
    }

    /** The name of the task {@code taskDefinitionKey}; {@code recorded} (the model's English name) for a task no longer in the models. */
    public static String of(Component screen, String taskDefinitionKey, String recorded) {
        String key = PREFIX + taskDefinitionKey;
        String name = screen.getTranslation(key);
        return taskDefinitionKey == null || name.equals("!{" + key + "}") ? recorded : name;
    }

    /**
     * {@code text} with each task definition key in it replaced by the task's name. Texts recorded
     * before the keys were stored hold the English name, and are shown as they are.
     */
    public static String inText(Component screen, String text) {
        if (text == null) {
            return null;
        }
        Matcher key = TASK_KEY.matcher(text);
        StringBuilder named = new StringBuilder();
        while (key.find()) {
            key.appendReplacement(named, Matcher.quoteReplacement(of(screen, key.group(), key.group())));
        }
        return key.appendTail(named).toString();
    }
}
