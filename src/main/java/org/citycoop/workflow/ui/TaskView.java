package org.citycoop.workflow.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What every task screen does the same way: load its task on the server by the id in the route
 * (or go back to the inbox, see {@link TaskScreens#load}), fill the emptied screen, name the page.
 *
 * @param <T> what the screen loads for its task
 */
public abstract class TaskView<T> extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String titleKey;

    protected TaskView(String titleKey) {
        this.titleKey = titleKey;
        setMaxWidth("960px");
    }

    /** Loads the task; refused with a {@code NotAvailableException} for a task the user may not see. */
    protected abstract T open(String taskId);

    /** Fills the emptied screen. */
    protected abstract void show(T task);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get(TaskScreens.TASK_ID).orElse("");
        TaskScreens.load(event, () -> open(taskId)).ifPresent(task -> {
            removeAll();
            show(task);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
