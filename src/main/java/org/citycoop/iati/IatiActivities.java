package org.citycoop.iati;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.citycoop.base.AuditTrail;
import org.citycoop.name.Name;
import org.citycoop.followup.FollowUpService;
import org.citycoop.funding.FundingApplicationStatus;
import org.citycoop.funding.FundingScheme;
import org.citycoop.funding.FundingService;
import org.citycoop.organisation.Organisation;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectStatus;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Component;

/**
 * Gathers what an IATI activity reports of a project, through the feature services and so under
 * the same organisation scoping as the screens.
 */
@Component
class IatiActivities {

    /** For an organisation without a recorded IATI identifier: marks the gap instead of inventing a registration (DD017). */
    static final String UNREGISTERED_PREFIX = "CITYCOOP-";

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final Set<FundingApplicationStatus> FUNDED = EnumSet.of(FundingApplicationStatus.APPROVED,
            FundingApplicationStatus.AGREED);

    private final OrganisationService organisations;
    private final FundingService funding;
    private final FollowUpService followUp;
    private final AuditTrail audit;

    IatiActivities(OrganisationService organisations, FundingService funding, FollowUpService followUp, AuditTrail audit) {
        this.organisations = organisations;
        this.funding = funding;
        this.followUp = followUp;
        this.audit = audit;
    }

    IatiActivity of(Project project, CityCoopUser user) {
        IatiOrganisation lead = organisation(project.leadCode());
        Organisation partner = organisations.findByCode(project.partnerCode()).orElseThrow();
        List<AuditTrail.Entry> trail = audit.ofProject(project.id());
        return new IatiActivity(lead.ref() + "-" + project.code(), project, lead,
                IatiOrganisation.of(organisations.iatiIdentifier(partner.code()).orElse(null), partner.name(), partner.kind()),
                partner.countryIso2(),
                firstDateOf(trail, "STATUS_" + ProjectStatus.IMPLEMENTATION),
                firstDateOf(trail, "STATUS_" + ProjectStatus.CLOSED, "STATUS_" + ProjectStatus.CANCELLED),
                agreedFunding(project, user), followUp.indicatorProgress(project.code(), user));
    }

    /** The organisation with its identifier; an unregistered one gets a CityCoop placeholder (reporting-org needs a ref). */
    private IatiOrganisation organisation(String code) {
        Organisation organisation = organisations.findByCode(code).orElseThrow();
        String ref = organisations.iatiIdentifier(code).orElse(UNREGISTERED_PREFIX + code);
        return IatiOrganisation.of(ref, organisation.name(), organisation.kind());
    }

    private List<IatiActivity.Funding> agreedFunding(Project project, CityCoopUser user) {
        return funding.applicationsOf(project.code(), user).stream()
                .filter(summary -> FUNDED.contains(summary.status()))
                .flatMap(summary -> funding.application(project.code(), summary.round(), user).stream())
                .filter(application -> application.agreement().isPresent())
                .map(application -> new IatiActivity.Funding(agency(application.scheme()), application,
                        application.agreement().orElseThrow()))
                .toList();
    }

    /** The scheme's agency; a scheme whose agency is not registered as an organisation reports under the scheme's name. */
    private IatiOrganisation agency(FundingScheme scheme) {
        return organisations.findByCode(scheme.agencyCode())
                .map(agency -> IatiOrganisation.of(organisations.iatiIdentifier(agency.code()).orElse(null), agency.name(),
                        agency.kind()))
                .orElseGet(() -> new IatiOrganisation(null, Name.english(scheme.name()), IatiOrganisation.GOVERNMENT));
    }

    private static LocalDate firstDateOf(List<AuditTrail.Entry> trail, String... actions) {
        Set<String> wanted = Set.of(actions);
        return trail.stream().filter(entry -> wanted.contains(entry.action())).findFirst()
                .map(entry -> LocalDate.ofInstant(entry.occurredAt(), JAPAN)).orElse(null);
    }
}
