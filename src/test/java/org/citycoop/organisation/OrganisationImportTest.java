package org.citycoop.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.base.ImportProblem;
import org.citycoop.base.ImportRejectedException;
import org.citycoop.name.Name;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Importing organisations from CSV: all or nothing, existing codes updated, every bad row named, names in two languages. */
@CityCoopTest
class OrganisationImportTest {

    private static final String HEADER = "code,name_en,name_ja,kind,country,parent_code\n";

    @Autowired OrganisationImport organisationImport;
    @Autowired OrganisationService organisations;
    @Autowired TestUsers users;

    @Test
    void aMemberMayNameItsCooperativeFurtherDownTheFileAndQuotedNamesKeepCommasAndJapanese() {
        String coop = code("C");
        String member = code("M");
        int imported = organisationImport.importCsv(csv("""
                code,name_en,name_ja,kind,country,parent_code
                %s,"%s Higashi, East",東区,CITY,JP,%s
                %s,"Wide-area ""East"" Authority",,COOPERATIVE,JP,
                """.formatted(member, member, coop, coop)), users.get("admin"));

        assertThat(imported).isEqualTo(2);
        Organisation stored = organisations.findByCode(member).orElseThrow();
        assertThat(stored.name()).isEqualTo(new Name(member + " Higashi, East", "東区"));
        assertThat(stored.cooperativeCode()).isEqualTo(coop);
        assertThat(organisations.findByCode(coop).orElseThrow().name()).isEqualTo(Name.english("Wide-area \"East\" Authority"));
        assertThat(organisations.membersOf(coop)).extracting(Organisation::code).containsExactly(member);
    }

    @Test
    void anExistingCodeIsUpdatedNotDuplicated() {
        String partner = code("P");
        organisationImport.importCsv(csv(HEADER + partner + ",Mandaue City,,PARTNER_CITY,PH,\n"), users.get("admin"));

        organisationImport.importCsv(csv(HEADER + partner + ",Mandaue,マンダウエ市,PARTNER_CITY,PH,\n"), users.get("admin"));

        assertThat(organisations.ofKind(OrganisationKind.PARTNER_CITY)).filteredOn(o -> o.code().equals(partner))
                .singleElement().satisfies(o -> {
                    assertThat(o.name()).isEqualTo(new Name("Mandaue", "マンダウエ市"));
                    assertThat(o.region()).isEqualTo("SOUTHEAST_ASIA");
                });
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadRowWithLineAndColumn() {
        String good = code("G");
        assertThatThrownBy(() -> organisationImport.importCsv(csv("""
                code,name_en,name_ja,kind,country,parent_code
                %s,Good City,,CITY,JP,
                kit,Lower-case code,,CITY,JP,
                %s,,,CITY,JP,
                %s,Unknown kind,,METROPOLIS,JP,
                %s,Unknown country,,CITY,XX,
                %s,Parent is no cooperative,,CITY,JP,KIT
                %s,,%s,CITY,JP,
                """.formatted(good, code("E"), code("K"), code("Q"), code("R"), code("L"), "長".repeat(201))), users.get("admin")))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> {
                    assertThat(rejected.problems())
                            .extracting(ImportProblem::line, ImportProblem::column)
                            .containsExactly(tuple(3, "code"), tuple(4, "name_en"), tuple(5, "kind"), tuple(6, "country"),
                                    tuple(7, "parent_code"), tuple(8, "name_ja"));
                    assertThat(rejected.problems().get(1).reason()).contains("English name, its Japanese name, or both");
                    assertThat(rejected.problems().get(5).reason()).contains("at most 200 characters");
                });

        assertThat(organisations.findByCode(good)).as("the good row of a refused file").isEmpty();
    }

    @Test
    void aHeaderWithoutAColumnOrATextThatIsNotUtf8IsRefusedAsAWhole() {
        assertThatThrownBy(() -> organisationImport.importCsv(csv("code,name_en,name_ja,kind,country\nXY,X,,CITY,JP\n"), users.get("admin")))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(1);
                            assertThat(problem.reason()).contains("parent_code");
                        }));
        byte[] shiftJis = (HEADER + "XY,,北九州,CITY,JP,\n").getBytes(Charset.forName("Shift_JIS"));
        assertThatThrownBy(() -> organisationImport.importCsv(shiftJis, users.get("admin")))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected ->
                        assertThat(rejected.problems().get(0).reason()).contains("UTF-8"));
    }

    @Test
    void onlyAnAdministratorImports() {
        String refused = code("D");
        assertThatThrownBy(() -> organisationImport.importCsv(
                csv(HEADER + refused + ",X City,,CITY,JP,\n"), users.get("kitakyushu.manager")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.findByCode(refused)).isEmpty();
    }

    private static String code(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
