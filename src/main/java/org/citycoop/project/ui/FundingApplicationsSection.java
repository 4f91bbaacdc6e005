package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import java.util.Optional;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.funding.FundingApplicationPrintout;
import org.citycoop.funding.FundingScheme;
import org.citycoop.funding.FundingService;
import org.citycoop.funding.ui.ApplicationPrintLink;
import org.citycoop.project.Project;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.springframework.core.annotation.Order;

/**
 * The project page's funding applications (here, not in funding: the project screens already read funding): scheme,
 * status, amounts requested and approved, once there is one, each with a link that prints it.
 */
@org.springframework.stereotype.Component
@Order(10)
class FundingApplicationsSection implements ProjectPageSection {

    private final FundingService funding;
    private final FundingApplicationPrintout printout;
    private final CurrentUser currentUser;

    FundingApplicationsSection(FundingService funding, FundingApplicationPrintout printout, CurrentUser currentUser) {
        this.funding = funding;
        this.printout = printout;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> of(Project project, CityCoopUser user) {
        return ProjectPageSection.listed("project-funding", "projectpage.funding", funding.applicationsOf(project.code(), user),
                (owner, application) -> {
                    ListItem entry = FactCards.entry(
                            owner.getTranslation("projectpage.funding.entry", application.round(),
                                    owner.getTranslation(FundingScheme.nameKey(application.schemeCode())),
                                    owner.getTranslation("funding.status." + application.status().name())),
                            owner.getTranslation("projectpage.funding.amounts", Formats.yen(application.requestedAmountJpy()),
                                    application.approvedAmountJpy() == null ? "–" : Formats.yen(application.approvedAmountJpy())));
                    entry.add(ApplicationPrintLink.of(owner, printout, project.code(), application.round(), currentUser));
                    return entry;
                });
    }
}
