package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.ImportProblem;
import org.citycoop.base.ImportRejectedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Importing the historical project register: all or nothing, every bad row with its line and
 * column, an imported code updated rather than duplicated, no process started, the region from
 * the partner city's country, and the projects visible only to the organisations taking part.
 */
@CityCoopTest
class ProjectImportTest {

    private static final String HEADER =
            "code,title,lead_code,partner_code,theme,cooperation_type,funding_scheme,start_date,end_date,budget_jpy,status\n";

    @Autowired ProjectImport projectImport;
    @Autowired ProjectService projects;
    @Autowired HistoryService engineHistory;
    @Autowired JdbcClient jdbc;
    @Autowired TestUsers users;

    @Test
    void historicalProjectsAreVisibleToTheirOrganisationsWithTheRegionOfThePartnerAndNoProcess() {
        String waste = code();
        String water = code();
        long auditedBefore = importsAudited();
        int imported = projectImport.importCsv(csv(HEADER + """
                %s,"北九州・スラバヤ 堆肥化, phase 1",KIT,SBY,WASTE,INTERNATIONAL_CONTRIBUTION,JICA_GRASSROOTS_LG,2014-04-01,2017-03-31,30000000,CLOSED
                %s,Dalian water network,KIT,DLC,WATER_SUPPLY,CONSULTATION,,2016-03-31,,5000000,IMPLEMENTATION
                """.formatted(waste, water)), users.get("admin"));

        assertThat(imported).isEqualTo(2);
        Project compost = projects.require(waste, users.get("kitakyushu.officer"));
        assertThat(compost.title()).isEqualTo("北九州・スラバヤ 堆肥化, phase 1");
        assertThat(compost.region()).isEqualTo("SOUTHEAST_ASIA");
        assertThat(compost.status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(compost.plannedEnd()).isEqualTo(LocalDate.of(2017, 3, 31));
        Project network = projects.require(water, users.get("dalian.partner"));
        assertThat(network.region()).isEqualTo("NORTHEAST_ASIA");
        assertThat(network.plannedEnd()).as("an end left empty").isNull();
        assertThat(jdbc.sql("select funding_scheme_code from project where code = :code").param("code", waste)
                .query(String.class).single()).isEqualTo("JICA_GRASSROOTS_LG");
        assertThat(engineHistory.createHistoricProcessInstanceQuery().processInstanceBusinessKey(waste).count())
                .as("an imported project starts no process").isZero();
        assertThat(projects.find(waste, users.get("yokohama.officer"))).as("another city").isEmpty();
        assertThat(importsAudited()).as("who imported how many (the entry has its time)").isEqualTo(auditedBefore + 1);
        assertThat(projects.timeline(waste, users.get("kitakyushu.officer"))).as("the project's own timeline").isNotEmpty();
    }

    @Test
    void importingTheSameCodeAgainUpdatesTheProject() {
        String code = code();
        projectImport.importCsv(csv(HEADER + code + ",Air monitoring,KIT,SBY,AIR_QUALITY,CONSULTATION,,2015-06-01,,1000,PIPELINE\n"),
                users.get("admin"));

        projectImport.importCsv(csv(HEADER + code + ",Air quality monitoring,KIT,SBY,AIR_QUALITY,CONSULTATION,JAIF,2015-06-01,2016-05-31,2000,CLOSED\n"),
                users.get("admin"));

        assertThat(jdbc.sql("select count(*) from project where code = :code").param("code", code).query(Long.class).single())
                .isEqualTo(1);
        Project updated = projects.require(code, users.get("kitakyushu.officer"));
        assertThat(updated.title()).isEqualTo("Air quality monitoring");
        assertThat(updated.budgetJpy()).isEqualTo(2000);
        assertThat(updated.status()).isEqualTo(ProjectStatus.CLOSED);
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadRowWithItsLineAndColumn() {
        String live = projects.propose(TestProposals.of("Live " + UUID.randomUUID(), "SBY"), users.get("kitakyushu.officer")).code();
        String good = code();
        String alsoGood = code();
        String file = HEADER + """
                %s,Good,KIT,SBY,WASTE,CONSULTATION,,2015-04-01,,100,CLOSED
                %s,"A title on
                two lines",KIT,SBY,WASTE,CONSULTATION,,2015-04-01,,100,CLOSED
                %s,Live project's code,KIT,SBY,WASTE,CONSULTATION,,2015-04-01,,100,CLOSED
                %s,Unknown lead,NOPE,SBY,WASTE,CONSULTATION,,2015-04-01,,100,CLOSED
                %s,A partner city cannot lead,SBY,KIT,WASTE,CONSULTATION,,2015-04-01,,100,CLOSED
                %s,Unknown partner,KIT,NOPE,WASTE,CONSULTATION,,2015-04-01,,100,CLOSED
                %s,Bad theme and type,KIT,SBY,FORESTRY,DONATION,,2015-04-01,,100,CLOSED
                %s,Bad scheme,KIT,SBY,WASTE,CONSULTATION,WORLD_BANK,2015-04-01,,100,CLOSED
                %s,Bad dates,KIT,SBY,WASTE,CONSULTATION,,01/04/2015,2015-13-01,100,CLOSED
                %s,End before start,KIT,SBY,WASTE,CONSULTATION,,2015-04-01,2015-03-31,100,CLOSED
                %s,Bad budget and status,KIT,SBY,WASTE,CONSULTATION,,2015-04-01,,"12,000",FINISHED
                ,No code,KIT,SBY,WASTE,CONSULTATION,,2015-04-01,,100,CLOSED
                """.formatted(good, alsoGood, live, code(), code(), code(), code(), code(), code(), code(), code());

        assertThatThrownBy(() -> projectImport.importCsv(csv(file), users.get("admin")))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> assertThat(rejected.problems())
                        .extracting(ImportProblem::line, ImportProblem::column)
                        .containsExactly(tuple(5, "code"), tuple(6, "lead_code"), tuple(7, "lead_code"), tuple(8, "partner_code"),
                                tuple(9, "theme"), tuple(9, "cooperation_type"), tuple(10, "funding_scheme"),
                                tuple(11, "start_date"), tuple(11, "end_date"), tuple(12, "end_date"),
                                tuple(13, "budget_jpy"), tuple(13, "status"), tuple(14, "code")));

        assertThat(jdbc.sql("select count(*) from project where code in (:good, :alsoGood)").param("good", good)
                .param("alsoGood", alsoGood).query(Long.class).single()).as("the good rows of a refused file").isZero();
        assertThat(projects.require(live, users.get("kitakyushu.officer")).title()).startsWith("Live ");
    }

    @Test
    void onlyAnAdministratorImports() {
        String code = code();
        assertThatThrownBy(() -> projectImport.importCsv(
                csv(HEADER + code + ",Refused,KIT,SBY,WASTE,CONSULTATION,,2015-04-01,,100,CLOSED\n"), users.get("kitakyushu.manager")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(projects.find(code, users.get("kitakyushu.manager"))).isEmpty();
    }

    private long importsAudited() {
        return jdbc.sql("select count(*) from audit_event where project_id is null and actor = 'admin' "
                + "and action = 'PROJECTS_IMPORTED' and detail = '2 projects'").query(Long.class).single();
    }

    private static String code() {
        return "HIST-" + ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
