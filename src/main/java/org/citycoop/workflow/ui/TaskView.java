package org.citycoop.workflow.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every task screen does the same way: load its task on the server by the id in the route
 * (or go back to the inbox, see {@link TaskScreens#load}), fill the emptied screen, add the sections
 * other features give every task (its comment thread), name the page.
 *
 * @param <T> what the screen loads for its task
 */
public abstract class TaskView<T> extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String titleKey;
    private List<TaskPageSection> sections = List.of();
    private ActingForNotice actingFor;

    protected TaskView(String titleKey) {
        this.titleKey = titleKey;
        setMaxWidth("960px");
    }

    /**
     * The sections other features add to every task screen. Set by Spring when it creates the screen,
     * so that the twenty-odd screens' constructors need not pass them on.
     */
    @Autowired
    final void setSections(ObjectProvider<TaskPageSection> sections) {
        this.sections = sections.orderedStream().toList();
    }

    /** Set by Spring as the sections are: the note on an absent colleague's task that the user stands in for. */
    @Autowired
    final void setActingForNotice(ActingForNotice actingFor) {
        this.actingFor = actingFor;
    }

    /** Loads the task; refused with a {@code NotAvailableException} for a task the user may not see. */
    protected abstract T open(String taskId);

    /** Fills the emptied screen. */
    protected abstract void show(T task);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get(TaskScreens.TASK_ID).orElse("");
        TaskScreens.load(event, () -> open(taskId)).ifPresent(task -> fill(taskId, task));
    }

    /** Empties the screen and shows the task as it now stands, with the sections of other features. */
    protected final void fill(String taskId, T task) {
        removeAll();
        show(task);
        actingFor.of(taskId).ifPresent(note -> {
            // right under the task's header, where the user reads whose task it is
            int header = getChildren().filter(TaskHeader.class::isInstance).findFirst().map(this::indexOf).orElse(-1);
            addComponentAtIndex(header + 1, note);
        });
        sections.forEach(section -> section.of(taskId).ifPresent(this::add));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
