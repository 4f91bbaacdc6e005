package org.citycoop.marketplace;

import org.citycoop.organisation.Organisation;
import org.citycoop.organisation.OrganisationKind;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who does what in the marketplace (DD033), decided from the user's role and the kind of their
 * organisation: requesters are partner coordinators of a partner city or of an NGO of a partner
 * country; the Japanese side is the officers and managers of municipalities, cooperatives and companies.
 */
@Component
class MarketplaceAccess {

    private final OrganisationService organisations;

    MarketplaceAccess(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** A partner city's coordinator, or the partner-role user of an NGO outside Japan. */
    boolean isRequester(CityCoopUser user) {
        if (!user.hasRole(Roles.PARTNER)) {
            return false;
        }
        Organisation organisation = organisationOf(user);
        return organisation != null && (organisation.kind() == OrganisationKind.PARTNER_CITY
                || organisation.kind() == OrganisationKind.NGO && !"JP".equals(organisation.countryIso2()));
    }

    /** An officer or manager of a municipality, cooperative or company: sees open requests and offers. */
    boolean isJapaneseSide(CityCoopUser user) {
        return (user.hasRole(Roles.OFFICER) || user.hasRole(Roles.MANAGER)) && offersHelp(organisationOf(user));
    }

    /** An officer of a municipality, cooperative or company: answers requests and records offers. */
    boolean isOfferingOfficer(CityCoopUser user) {
        return user.hasRole(Roles.OFFICER) && offersHelp(organisationOf(user));
    }

    /** An officer of an organisation that may lead projects: turns requests into proposals. */
    boolean canPropose(CityCoopUser user) {
        Organisation organisation = organisationOf(user);
        return user.hasRole(Roles.OFFICER) && organisation != null && organisation.kind().canLeadProjects();
    }

    /** A requester its own organisation's requests; the Japanese side and administrators every request not withdrawn. */
    boolean maySee(CooperationRequest request, CityCoopUser user) {
        if (request.requesterCode().equals(user.organisationCode()) && isRequester(user)) {
            return true;
        }
        return (isJapaneseSide(user) || isAdmin(user)) && request.status() != RequestStatus.CLOSED;
    }

    /** Offers are seen by officers and managers of any organisation, by partner coordinators and by administrators. */
    boolean maySeeOffers(CityCoopUser user) {
        return user.hasRole(Roles.OFFICER) || user.hasRole(Roles.MANAGER) || user.hasRole(Roles.PARTNER) || isAdmin(user);
    }

    boolean isAdmin(CityCoopUser user) {
        return user.hasRole(Roles.ADMIN);
    }

    Organisation organisationOf(CityCoopUser user) {
        return organisations.findByCode(user.organisationCode()).orElse(null);
    }

    private static boolean offersHelp(Organisation organisation) {
        return organisation != null && (organisation.kind().canLeadProjects() || organisation.kind() == OrganisationKind.COMPANY);
    }
}
