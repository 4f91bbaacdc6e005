package org.citycoop.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.name.Name;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Organisations and their reference data on the real PostgreSQL, as the demo profile loads them. */
@CityCoopTest
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void theAdministratorRecordsAnIatiIdentifierWhichTheRegisterListsAndTheTrailKeeps() {
        String code = newCity();
        String identifier = "JP-JCN-" + code;

        organisations.changeIatiIdentifier(code, " " + identifier + " ", users.get("admin"));

        assertThat(organisations.iatiIdentifier(code)).contains(identifier);
        assertThat(organisations.register(users.get("admin")))
                .filteredOn(entry -> entry.organisation().code().equals(code))
                .extracting(RegisteredOrganisation::iatiIdentifier).containsExactly(identifier);
        assertThat(jdbc.sql("select detail from audit_event where action = 'IATI_IDENTIFIER_SET' and actor = 'admin' order by id desc limit 1")
                .query(String.class).single()).contains(code, "none -> " + identifier);

        organisations.changeIatiIdentifier(code, "  ", users.get("admin"));
        assertThat(organisations.iatiIdentifier(code)).as("a blank identifier removes it").isEmpty();
    }

    @Test
    void anIdentifierOutsideTheIatiPatternIsRefusedNamingTheFieldAndKeepsTheOldOne() {
        String code = newCity();
        organisations.changeIatiIdentifier(code, "XM-DAC-" + code, users.get("admin"));

        for (String bad : new String[] {"8000020401005", "JP JCN 8000020401005", "JP-JCN-80/00", "jp-jcn-800",
                "JP-JCN-8000020401005" /* Kitakyushu's */}) {
            assertThatThrownBy(() -> organisations.changeIatiIdentifier(code, bad, users.get("admin"))).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                            assertThat(refused.problems().get(0).field()).isEqualTo("iatiIdentifier"));
        }
        assertThatThrownBy(() -> organisations.changeIatiIdentifier("NO-SUCH-ORG", "XM-DAC-" + code, users.get("admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems().get(0).field()).isEqualTo("organisation"));
        assertThat(organisations.iatiIdentifier(code)).contains("XM-DAC-" + code);
        assertThat(organisations.iatiIdentifier("KIT")).contains("JP-JCN-8000020401005");
    }

    @Test
    void onlyTheAdministratorKeepsTheRegister() {
        String code = newCity();
        for (String notAdmin : new String[] {"kitakyushu.manager", "kitakyushu.head", "jica.reviewer", "surabaya.partner"}) {
            assertThatThrownBy(() -> organisations.changeIatiIdentifier(code, "JP-JCN-" + code, users.get(notAdmin)))
                    .as(notAdmin).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organisations.register(users.get(notAdmin))).as(notAdmin).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(organisations.iatiIdentifier(code)).isEmpty();
    }

    @Test
    void theAdministratorCorrectsBothFormsOfANameAndTheTrailKeepsTheChange() {
        String code = newCity();

        organisations.changeEntry(code, " Test city " + code + " ", "試験市", "", users.get("admin"));

        Organisation stored = organisations.findByCode(code).orElseThrow();
        assertThat(stored.name()).isEqualTo(new Name("Test city " + code, "試験市"));
        assertThat(stored.name().withOther(Locale.JAPANESE)).isEqualTo("試験市 (Test city " + code + ")");
        assertThat(jdbc.sql("select name from organisation where code = :code").param("code", code).query(String.class).single())
                .as("the stored default form: English first").isEqualTo("Test city " + code);
        assertThat(jdbc.sql("select detail from audit_event where action = 'ORGANISATION_NAMES_SET' and actor = 'admin' "
                        + "order by id desc limit 1").query(String.class).single())
                .isEqualTo(code + ": Test city " + code + " / - -> Test city " + code + " / 試験市");

        organisations.changeEntry(code, "", "試験市", "", users.get("admin"));
        assertThat(organisations.findByCode(code).orElseThrow().name().in(Locale.ENGLISH))
                .as("without an English form, English readers see the Japanese one").isEqualTo("試験市");
        assertThat(jdbc.sql("select name from organisation where code = :code").param("code", code).query(String.class).single())
                .isEqualTo("試験市");
    }

    @Test
    void aNameWithoutEitherFormOrTooLongIsRefusedNamingTheFieldAndNothingChanges() {
        String code = newCity();

        assertThatThrownBy(() -> organisations.changeEntry(code, " ", "", "XM-DAC-" + code, users.get("admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("nameEn"));
        assertThatThrownBy(() -> organisations.changeEntry(code, "x".repeat(201), "市".repeat(201), "JP JCN", users.get("admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems()).extracting(InvalidInputException.FieldProblem::field)
                            .containsExactly("nameEn", "nameJa", "iatiIdentifier");
                    assertThat(refused.problems().get(1).message()).isEqualTo("Name (Japanese): shorten it to at most 200 characters.");
                });
        assertThatThrownBy(() -> organisations.register(new NewOrganisation("T" + code, new Name("x".repeat(201), null),
                OrganisationKind.CITY, "JP", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems().get(0).field()).isEqualTo("nameEn"));

        assertThat(organisations.findByCode(code).orElseThrow().name()).isEqualTo(Name.english("Test city " + code));
        assertThat(organisations.iatiIdentifier(code)).as("the identifier of a refused entry is not saved either").isEmpty();
        assertThatThrownBy(() -> organisations.changeEntry(code, "Renamed", null, "", users.get("kitakyushu.manager")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDatabaseRefusesAnOrganisationOrPersonWithoutAnyName() {
        assertThatThrownBy(() -> jdbc.sql("insert into organisation (code, kind, country_iso2) values ('NONAME', 'CITY', 'JP')").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                        update app_user set display_name_en = null, display_name_ja = null where username = 'kitakyushu.officer'""")
                .update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void seededCountriesAndRegionsAndTheDemoOrganisationsAndPeopleHaveBothForms() {
        assertThat(jdbc.sql("select count(*) from country where name_ja is null").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from region where name_ja is null").query(Long.class).single()).isZero();
        assertThat(organisations.findByCode("SBY").orElseThrow().countryName()).isEqualTo(new Name("Indonesia", "インドネシア"));
        assertThat(organisations.findByCode("KIT").orElseThrow().name()).isEqualTo(new Name("City of Kitakyushu", "北九州市"));
        assertThat(organisations.findByCode("CAT23").orElseThrow().name().in(Locale.JAPANESE)).isEqualTo("東京二十三区清掃一部事務組合");
        assertThat(users.get("kitakyushu.officer").displayName()).isEqualTo(new Name("Aiko Tanaka", "田中 愛子"));
        assertThat(users.get("surabaya.partner").displayName().in(Locale.JAPANESE)).as("a partner known by a Latin name only")
                .isEqualTo("Siti Rahayu");
    }

    private String newCity() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        organisations.register(new NewOrganisation(code, "Test city " + code, OrganisationKind.CITY, "JP", null, null));
        return code;
    }
}
