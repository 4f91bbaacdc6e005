package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.citycoop.base.ui.FactCards;
import org.citycoop.dispatch.Dispatch;
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
        List<Dispatch> found = dispatches.dispatchesOf(project.code(), user);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UnorderedList list = new UnorderedList();
        found.forEach(dispatch -> list.add(FactCards.entry(dispatch.terms().purpose(), list.getTranslation(
                "projectpage.dispatch.entry", list.getTranslation("projectpage.dispatch.status." + dispatch.status().name()),
                dispatch.destinationName() == null ? "–" : dispatch.destinationName(),
                dispatch.isPlanned() ? FactCards.date(dispatch.departureOn()) + " – " + FactCards.date(dispatch.returnOn()) : "–"))));
        return Optional.of(FactCards.section("project-dispatches", list.getTranslation("projectpage.dispatch"), list));
    }
}
