package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import java.util.Optional;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.dispatch.MissionReportPrintout;
import org.citycoop.project.Project;
import org.citycoop.project.ui.ProjectPageSection;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.springframework.core.annotation.Order;

/**
 * The project page's dispatches of specialists: purpose, destination, dates and status, once terms are written;
 * a dispatch whose mission is reported has a link that prints the report.
 */
@org.springframework.stereotype.Component
@Order(30)
class DispatchesSection implements ProjectPageSection {

    private final DispatchService dispatches;
    private final MissionReportPrintout printout;
    private final CurrentUser currentUser;

    DispatchesSection(DispatchService dispatches, MissionReportPrintout printout, CurrentUser currentUser) {
        this.dispatches = dispatches;
        this.printout = printout;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> of(Project project, CityCoopUser user) {
        return ProjectPageSection.listed("project-dispatches", "projectpage.dispatch", dispatches.dispatchesOf(project.code(), user),
                (owner, dispatch) -> {
                    ListItem entry = FactCards.entry(dispatch.terms().purpose(), owner.getTranslation("projectpage.dispatch.entry",
                            owner.getTranslation("projectpage.dispatch.status." + dispatch.status().name()),
                            dispatch.destinationName() == null ? "–" : Formats.name(dispatch.destinationName()),
                            dispatch.isPlanned() ? Formats.date(dispatch.departureOn()) + " – " + Formats.date(dispatch.returnOn()) : "–"));
                    if (dispatch.report().isPresent()) {
                        entry.add(MissionReportLink.of(owner, printout, project.code(), dispatch.id(), currentUser));
                    }
                    return entry;
                });
    }
}
