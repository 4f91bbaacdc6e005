package org.citycoop.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** Organisations and their reference data on the real PostgreSQL, as the demo profile loads them. */
@CityCoopTest
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisations;

    @Test
    void theCleanAuthorityOfTokyoHasTheTwentyThreeWardsAsMembersAndDecidesByMajority() {
        Organisation cooperative = organisations.findByCode("CAT23").orElseThrow();

        assertThat(cooperative.kind()).isEqualTo(OrganisationKind.COOPERATIVE);
        assertThat(cooperative.consentRule()).isEqualTo(ConsentRule.MAJORITY);
        assertThat(organisations.membersOf("CAT23")).hasSize(23)
                .allSatisfy(ward -> assertThat(ward.cooperativeCode()).isEqualTo("CAT23"))
                .extracting(Organisation::code).contains("ARAKAWAKU", "SETAGAYAKU", "EDOGAWAKU", "KITAKU");
    }

    @Test
    void thePartnerCitysRegionIsDerivedFromItsCountry() {
        assertThat(organisations.findByCode("SBY").orElseThrow())
                .extracting(Organisation::countryIso2, Organisation::region).containsExactly("ID", "SOUTHEAST_ASIA");
        assertThat(organisations.findByCode("DLC").orElseThrow().region()).isEqualTo("NORTHEAST_ASIA");
        assertThat(organisations.ofKind(OrganisationKind.PARTNER_CITY)).extracting(Organisation::code)
                .contains("SBY", "DLC", "KUL", "SMR", "DAD", "CEB").doesNotContain("KIT", "JICA");
    }

    @Test
    void onlyACooperativeCarriesAConsentRule() {
        assertThatThrownBy(() -> organisations.register(new NewOrganisation("BADCITY", "City with a consent rule",
                OrganisationKind.CITY, "JP", null, ConsentRule.ALL)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(organisations.findByCode("BADCITY")).isEmpty();
    }

    @Test
    void anUnknownCountryIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> organisations.register(new NewOrganisation("NOWHERE", "Atlantis",
                OrganisationKind.PARTNER_CITY, "XX", null, null)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
