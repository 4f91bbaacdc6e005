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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Importing organisations from CSV: all or nothing, existing codes updated, every bad row named. */
@CityCoopTest
class OrganisationImportTest {

    @Autowired OrganisationImport organisationImport;
    @Autowired OrganisationService organisations;
    @Autowired TestUsers users;

    @Test
    void aMemberMayNameItsCooperativeFurtherDownTheFileAndQuotedNamesKeepCommasAndJapanese() {
        String coop = code("C");
        String member = code("M");
        int imported = organisationImport.importCsv(csv("""
                code,name,kind,country,parent_code
                %s,"%s 東区, Higashi",CITY,JP,%s
                %s,"広域清掃組合 ""East"" Authority",COOPERATIVE,JP,
                """.formatted(member, member, coop, coop)), users.get("admin"));

        assertThat(imported).isEqualTo(2);
        Organisation stored = organisations.findByCode(member).orElseThrow();
        assertThat(stored.name()).isEqualTo(member + " 東区, Higashi");
        assertThat(stored.cooperativeCode()).isEqualTo(coop);
        assertThat(organisations.findByCode(coop).orElseThrow().name()).isEqualTo("広域清掃組合 \"East\" Authority");
        assertThat(organisations.membersOf(coop)).extracting(Organisation::code).containsExactly(member);
    }

    @Test
    void anExistingCodeIsUpdatedNotDuplicated() {
        String partner = code("P");
        organisationImport.importCsv(csv("code,name,kind,country,parent_code\n" + partner + ",Mandaue City,PARTNER_CITY,PH,\n"),
                users.get("admin"));

        organisationImport.importCsv(csv("code,name,kind,country,parent_code\n" + partner + ",Mandaue,PARTNER_CITY,PH,\n"),
                users.get("admin"));

        assertThat(organisations.ofKind(OrganisationKind.PARTNER_CITY)).filteredOn(o -> o.code().equals(partner))
                .singleElement().satisfies(o -> {
                    assertThat(o.name()).isEqualTo("Mandaue");
                    assertThat(o.region()).isEqualTo("SOUTHEAST_ASIA");
                });
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadRowWithLineAndColumn() {
        String good = code("G");
        assertThatThrownBy(() -> organisationImport.importCsv(csv("""
                code,name,kind,country,parent_code
                %s,Good City,CITY,JP,
                kit,Lower-case code,CITY,JP,
                %s,,CITY,JP,
                %s,Unknown kind,METROPOLIS,JP,
                %s,Unknown country,CITY,XX,
                %s,Parent is no cooperative,CITY,JP,KIT
                """.formatted(good, code("E"), code("K"), code("Q"), code("R"))), users.get("admin")))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> assertThat(rejected.problems())
                        .extracting(ImportProblem::line, ImportProblem::column)
                        .containsExactly(tuple(3, "code"), tuple(4, "name"), tuple(5, "kind"), tuple(6, "country"),
                                tuple(7, "parent_code")));

        assertThat(organisations.findByCode(good)).as("the good row of a refused file").isEmpty();
    }

    @Test
    void aHeaderWithoutAColumnOrATextThatIsNotUtf8IsRefusedAsAWhole() {
        assertThatThrownBy(() -> organisationImport.importCsv(csv("code,name,kind,country\nXY,X,CITY,JP\n"), users.get("admin")))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(1);
                            assertThat(problem.reason()).contains("parent_code");
                        }));
        byte[] shiftJis = "code,name,kind,country,parent_code\nXY,北九州,CITY,JP,\n".getBytes(Charset.forName("Shift_JIS"));
        assertThatThrownBy(() -> organisationImport.importCsv(shiftJis, users.get("admin")))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected ->
                        assertThat(rejected.problems().get(0).reason()).contains("UTF-8"));
    }

    @Test
    void onlyAnAdministratorImports() {
        String refused = code("D");
        assertThatThrownBy(() -> organisationImport.importCsv(
                csv("code,name,kind,country,parent_code\n" + refused + ",X City,CITY,JP,\n"), users.get("kitakyushu.manager")))
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
