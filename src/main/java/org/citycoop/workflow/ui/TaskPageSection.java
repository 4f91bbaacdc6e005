package org.citycoop.workflow.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section that another feature adds at the end of every task screen (e.g. the task's comment
 * thread), so that {@code workflow} need not know the features built on it. A Spring bean; the
 * section reads its data through its own service, which checks again that the user may see the task.
 */
public interface TaskPageSection {

    /** The section for the open task the screen has just loaded for the signed-in user, or empty. */
    Optional<Component> of(String taskId);
}
