package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.funding.FundingApplicationSummary;
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
        List<FundingApplicationSummary> applications = funding.applicationsOf(project.code(), user);
        if (applications.isEmpty()) {
            return Optional.empty();
        }
        UnorderedList list = new UnorderedList();
        applications.forEach(application -> list.add(FactCards.entry(
                list.getTranslation("projectpage.funding.entry", application.round(), application.schemeName(),
                        list.getTranslation("funding.status." + application.status().name())),
                list.getTranslation("projectpage.funding.amounts", Formats.yen(application.requestedAmountJpy()),
                        application.approvedAmountJpy() == null ? "–" : Formats.yen(application.approvedAmountJpy())))));
        return Optional.of(FactCards.section("project-funding", list.getTranslation("projectpage.funding"), list));
    }
}
