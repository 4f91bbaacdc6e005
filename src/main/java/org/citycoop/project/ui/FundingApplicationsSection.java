package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.funding.FundingService;
import org.citycoop.project.Project;
import org.citycoop.security.CityCoopUser;
import org.springframework.core.annotation.Order;

/** The project page's funding applications (here, not in funding: the project screens already read funding): scheme, status, amounts requested and approved, once there is one. */
@org.springframework.stereotype.Component
@Order(10)
class FundingApplicationsSection implements ProjectPageSection {

    private final FundingService funding;

    FundingApplicationsSection(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public Optional<Component> of(Project project, CityCoopUser user) {
        return ProjectPageSection.listed("project-funding", "projectpage.funding", funding.applicationsOf(project.code(), user),
                (owner, application) -> FactCards.entry(
                        owner.getTranslation("projectpage.funding.entry", application.round(), application.schemeName(),
                                owner.getTranslation("funding.status." + application.status().name())),
                        owner.getTranslation("projectpage.funding.amounts", Formats.yen(application.requestedAmountJpy()),
                                application.approvedAmountJpy() == null ? "–" : Formats.yen(application.approvedAmountJpy()))));
    }
}
