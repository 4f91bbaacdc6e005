package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.project.Project;
import org.citycoop.project.ui.ProjectPageSection;
import org.citycoop.security.CityCoopUser;
import org.springframework.core.annotation.Order;

/** The project page's dispatches of specialists: purpose, destination, dates and status, once terms are written. */
@org.springframework.stereotype.Component
@Order(30)
class DispatchesSection implements ProjectPageSection {

    private final DispatchService dispatches;

    DispatchesSection(DispatchService dispatches) {
        this.dispatches = dispatches;
    }

    @Override
    public Optional<Component> of(Project project, CityCoopUser user) {
        return ProjectPageSection.listed("project-dispatches", "projectpage.dispatch", dispatches.dispatchesOf(project.code(), user),
                (owner, dispatch) -> FactCards.entry(dispatch.terms().purpose(), owner.getTranslation("projectpage.dispatch.entry",
                        owner.getTranslation("projectpage.dispatch.status." + dispatch.status().name()),
                        dispatch.destinationName() == null ? "–" : dispatch.destinationName(),
                        dispatch.isPlanned() ? Formats.date(dispatch.departureOn()) + " – " + Formats.date(dispatch.returnOn()) : "–")));
    }
}
