package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.citycoop.project.Project;
import org.citycoop.security.CityCoopUser;

/**
 * A section that another feature adds to the project page (e.g. the follow-up's indicator table),
 * so that the project feature need not know the features built on it. A Spring bean; the section
 * reads its data through its own service, which checks the user's organisation.
 */
public interface ProjectPageSection {

    /** The section for this project and user, or empty when there is nothing to show yet. */
    Optional<Component> of(Project project, CityCoopUser user);
}
