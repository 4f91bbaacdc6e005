package org.citycoop.peerlearning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A programme compares its cities on common indicators, for its members only, on the real PostgreSQL. */
@CityCoopTest
class ProgrammeServiceTest {

    @Autowired ProgrammeService programmes;
    @Autowired ProjectService projects;
    @Autowired PeerLearningFixtures fixtures;
    @Autowired TestUsers users;

    @Test
    void membersCompareTheCitiesOnEachIndicatorBestFirstAndSeeOnlyTheirOwnProjects() {
        Project ahead = fixtures.reported("2", "10", "6", "21");
        Project behind = fixtures.reported("1", "5", "3", "9");
        Project yokohama = projects.propose(TestProposals.of("Yokohama in the programme", "DLC"), users.get("yokohama.officer"));
        String code = programme(List.of(behind.code(), ahead.code(), yokohama.code()));

        ProgrammeComparison asKitakyushu = programmes.compare(code, users.get("kitakyushu.officer"));
        IndicatorComparison composting = comparison(asKitakyushu, "COMPOSTING");
        assertThat(composting.cities()).extracting(CityFigures::projectCode).containsExactly(ahead.code(), behind.code());
        assertThat(composting.cities().get(0).figures().latest()).isEqualByComparingTo("6");
        assertThat(composting.cities().get(0).figures().improved()).isTrue();
        IndicatorComparison recycling = comparison(asKitakyushu, "RECYCLING_RATE");
        assertThat(recycling.cities()).extracting(city -> city.figures().targetReached()).containsExactly(true, false);
        assertThat(recycling.cities().get(0).figures().target()).isEqualByComparingTo(BigDecimal.valueOf(20));

        // Yokohama takes part with its own project: it compares the figures, but not Kitakyushu's projects behind them
        IndicatorComparison asYokohama = comparison(programmes.compare(code, users.get("yokohama.officer")), "COMPOSTING");
        assertThat(asYokohama.cities()).extracting(city -> city.city().en()).containsExactly("Surabaya", "Surabaya");
        assertThat(asYokohama.cities()).allSatisfy(city -> {
            assertThat(city.projectCode()).isNull();
            assertThat(city.projectTitle()).isNull();
        });
        assertThat(programmes.find(code)).get().satisfies(programme -> assertThat(programme.cities())
                .extracting(city -> city.city().en()).containsExactlyInAnyOrder("Surabaya", "Dalian"));
    }

    @Test
    void outsidersOfTheProgrammeReadWhatItPublishesButNotItsFigures() {
        Project project = fixtures.reported("2", "10", "6", "21");
        String code = programme(List.of(project.code()));

        assertThat(programmes.maySeeFigures(code, users.get("kawasaki.officer"))).isFalse();
        assertThatThrownBy(() -> programmes.compare(code, users.get("kawasaki.officer"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.compare(code, users.get("dalian.partner"))).isInstanceOf(AccessDeniedException.class);
        assertThat(programmes.find(code)).get().extracting(Programme::indicators).asList().hasSize(2);
        assertThat(programmes.maySeeFigures(code, users.get("surabaya.partner"))).isTrue();
        assertThat(programmes.compare(code, users.get("admin")).indicators()).hasSize(2);
    }

    @Test
    void onlyAnAdministratorRecordsAProgrammeAndABadOneIsRefusedFieldByField() {
        ProgrammeDraft draft = new ProgrammeDraft(PeerLearningFixtures.uniqueCode("P"), "Model cities", null, null, "JAIF", List.of(),
                List.of("COMPOSTING"));
        assertThatThrownBy(() -> programmes.save(draft, users.get("kitakyushu.manager"))).isInstanceOf(AccessDeniedException.class);
        assertThat(programmes.find(draft.code())).isEmpty();

        assertThatThrownBy(() -> programmes.save(new ProgrammeDraft("model cities", " ", null, null, "KIT", List.of("NO-SUCH"),
                List.of("NO_SUCH_INDICATOR")), users.get("admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("code", "name", "fundingAgency", "projects", "indicators"));
    }

    @Test
    void anAdministratorCreatesAndEditsAProgrammeAndARefusedEditChangesNothing() {
        Project project = fixtures.reported("2", "10", "12", "15");
        String code = PeerLearningFixtures.uniqueCode("P");
        ProgrammeDraft created = new ProgrammeDraft(code, "Low-carbon cities", null, "Cities cutting emissions.", "JAIF", List.of(),
                List.of("COMPOSTING"));
        programmes.create(created, users.get("admin"));
        assertThat(programmes.draft(code, users.get("admin"))).isEqualTo(created);
        assertThatThrownBy(() -> programmes.create(created, users.get("admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("code"));
        assertThatThrownBy(() -> programmes.draft(code, users.get("kitakyushu.officer"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.create(new ProgrammeDraft(PeerLearningFixtures.uniqueCode("P"), "Mine", null, null, null,
                List.of(), List.of("COMPOSTING")), users.get("kitakyushu.manager"))).isInstanceOf(AccessDeniedException.class);

        ProgrammeDraft edited = new ProgrammeDraft(code, "Low-carbon model cities", "低炭素モデル都市", null, null,
                List.of(project.code()), List.of("COMPOSTING", "RECYCLING_RATE"));
        programmes.save(edited, users.get("admin"));
        assertThat(programmes.draft(code, users.get("admin"))).isEqualTo(edited);
        Programme read = programmes.find(code).orElseThrow();
        assertThat(read.fundingAgency()).isNull();
        assertThat(read.cities()).extracting(city -> city.city().en()).containsExactly("Surabaya");

        assertThatThrownBy(() -> programmes.save(new ProgrammeDraft(code, "Renamed", null, null, "KIT", List.of("NO-SUCH"), List.of()),
                users.get("admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("fundingAgency", "projects", "indicators"));
        assertThat(programmes.draft(code, users.get("admin"))).isEqualTo(edited);
    }

    private String programme(List<String> projectCodes) {
        String code = PeerLearningFixtures.uniqueCode("P");
        programmes.save(new ProgrammeDraft(code, "ASEAN model cities", "ASEANモデル都市", "Cities reporting on common indicators.",
                "JAIF", projectCodes, List.of("COMPOSTING", "RECYCLING_RATE")), users.get("admin"));
        return code;
    }

    private static IndicatorComparison comparison(ProgrammeComparison comparison, String indicator) {
        return comparison.indicators().stream().filter(each -> each.indicator().code().equals(indicator)).findFirst().orElseThrow();
    }
}
