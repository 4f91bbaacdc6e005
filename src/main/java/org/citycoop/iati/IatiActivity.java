package org.citycoop.iati;

import java.time.LocalDate;
import java.util.List;
import org.citycoop.followup.IndicatorProgress;
import org.citycoop.funding.FundingApplication;
import org.citycoop.project.Project;

/**
 * Everything one IATI activity reports of a project, gathered by {@link IatiActivities}.
 * {@code actualStart} and {@code actualEnd} are null until the project entered implementation or ended;
 * {@code agreedFunding} are the applications with a recorded agreement.
 */
record IatiActivity(String identifier, Project project, IatiOrganisation lead, IatiOrganisation partner,
                    String recipientCountry, LocalDate actualStart, LocalDate actualEnd,
                    List<Funding> agreedFunding, List<IndicatorProgress> indicators) {

    /** An agreed funding application with its agency. */
    record Funding(IatiOrganisation agency, FundingApplication application, FundingApplication.Agreement agreement) {
    }
}
