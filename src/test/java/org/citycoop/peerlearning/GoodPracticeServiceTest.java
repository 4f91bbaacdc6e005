package org.citycoop.peerlearning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.citycoop.CityCoopTest;
import org.citycoop.TestFiles;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.document.DocumentRef;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectDocumentService;
import org.citycoop.project.ProjectNotAvailableException;
import org.citycoop.project.ProjectService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The good-practice library on the real PostgreSQL: published by the lead's officer from a closed project, read by all. */
@CityCoopTest
class GoodPracticeServiceTest {

    @Autowired GoodPracticeService practices;
    @Autowired ProjectService projects;
    @Autowired ProjectDocumentService documents;
    @Autowired PeerLearningFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;

    @Test
    void theLeadsOfficerPublishesAClosedProjectsPracticeAndEveryoneFindsAndReadsIt() {
        Project project = fixtures.reported("2", "10", "12", "15");
        DocumentRef manual = documents.upload(project.code(), "composting-manual.pdf", TestFiles.pdf("Takakura composting"),
                users.get("kitakyushu.officer"));
        DocumentRef internal = documents.upload(project.code(), "budget-notes.pdf", TestFiles.pdf("internal"), users.get("kitakyushu.officer"));
        fixtures.close(project);
        String word = PeerLearningFixtures.uniqueCode("Basket");
        assertThat(practices.publishableBy(users.get("kitakyushu.officer"))).extracting(Project::code).contains(project.code());

        GoodPractice published = practices.publish(new PracticeDraft(project.code(), word + " home composting",
                "Households compost kitchen waste in baskets.", "家庭で生ごみを堆肥化します。", List.of(manual.id())),
                users.get("kitakyushu.officer"));

        List<GoodPractice> found = practices.search(new PracticeSearch(word.toLowerCase(), "WASTE", "ID"), users.get("kawasaki.officer"));
        assertThat(found).extracting(GoodPractice::id).containsExactly(published.id());
        GoodPractice read = practices.require(published.id(), users.get("dalian.partner"));
        assertThat(read.city().en()).isEqualTo("Surabaya");
        assertThat(read.documents()).extracting(DocumentRef::fileName).containsExactly("composting-manual.pdf");
        assertThat(read.indicators()).extracting(figures -> figures.indicator().code()).containsExactly("COMPOSTING", "RECYCLING_RATE");
        assertThat(read.indicators().get(0).targetReached()).isTrue();
        assertThat(practices.sharedDocument(published.id(), manual.id(), users.get("kawasaki.officer")).content()).isNotEmpty();
        assertThatThrownBy(() -> practices.sharedDocument(published.id(), internal.id(), users.get("kawasaki.officer")))
                .isInstanceOf(PracticeNotAvailableException.class);
        assertThat(practices.search(new PracticeSearch(word, "WATER_SUPPLY", null), users.get("kawasaki.officer"))).isEmpty();
        assertThat(practices.search(new PracticeSearch(word, null, "CN"), users.get("kawasaki.officer"))).isEmpty();
    }

    @Test
    void matchingFindsPracticesOfTheThemeNearestPlaceFirst() {
        Project project = fixtures.reported("2", "10", "12", "15");
        fixtures.close(project);
        String word = PeerLearningFixtures.uniqueCode("Windrow");
        GoodPractice published = practices.publish(new PracticeDraft(project.code(), word + " composting",
                "Market waste composted in windrows.", null, List.of()), users.get("kitakyushu.officer"));

        assertThat(practices.relatedTo("WASTE", "ID", "SOUTHEAST_ASIA", List.of(word), 200, users.get("kawasaki.officer")))
                .first().extracting(GoodPractice::id).isEqualTo(published.id());
        assertThat(practices.relatedTo("WASTE", "MY", "SOUTHEAST_ASIA", List.of(word), 200, users.get("kawasaki.officer")))
                .extracting(GoodPractice::id).contains(published.id());
        assertThat(practices.relatedTo("SEWERAGE", "ID", "SOUTHEAST_ASIA", List.of(word), 200, users.get("kawasaki.officer")))
                .extracting(GoodPractice::id).doesNotContain(published.id());
    }

    @Test
    void onlyTheLeadsOfficerPublishesOnlyFromAClosedProjectAndABadPracticeIsRefused() {
        Project open = projects.propose(TestProposals.of("Still running", "SBY"), users.get("kitakyushu.officer"));
        PracticeDraft fromOpen = new PracticeDraft(open.code(), "Too early", "Not closed yet.", null, List.of());
        assertThatThrownBy(() -> practices.publish(fromOpen, users.get("kitakyushu.officer"))).isInstanceOf(AccessDeniedException.class);

        Project closed = fixtures.reported("2", "10", "12", "15");
        fixtures.close(closed);
        PracticeDraft good = new PracticeDraft(closed.code(), "Composting", "Summary.", null, List.of());
        assertThatThrownBy(() -> practices.publish(good, users.get("kitakyushu.manager"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practices.publish(good, users.get("surabaya.partner"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practices.publish(good, users.get("yokohama.officer"))).isInstanceOf(ProjectNotAvailableException.class);
        long otherDocument = documents.upload(open.code(), "other.pdf", TestFiles.pdf("other"), users.get("kitakyushu.officer")).id();
        assertThatThrownBy(() -> practices.publish(new PracticeDraft(closed.code(), " ", " ", null, List.of(otherDocument)),
                users.get("kitakyushu.officer")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("title", "summaryEn", "documents"));
        assertThat(practices.publishableBy(users.get("kitakyushu.officer"))).extracting(Project::code).contains(closed.code());

        practices.publish(good, users.get("kitakyushu.officer"));
        assertThatThrownBy(() -> practices.publish(good, users.get("kitakyushu.officer")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("project"));
    }

    @Test
    void theLeadsOfficerEditsAPracticeThenUnpublishesItAndItLeavesTheLibraryButStaysRecorded() {
        Project project = fixtures.reported("2", "10", "12", "15");
        DocumentRef manual = documents.upload(project.code(), "composting-manual.pdf", TestFiles.pdf("Takakura composting"),
                users.get("kitakyushu.officer"));
        fixtures.close(project);
        String before = PeerLearningFixtures.uniqueCode("Basket");
        String after = PeerLearningFixtures.uniqueCode("Cadre");
        GoodPractice published = practices.publish(new PracticeDraft(project.code(), before + " composting",
                "Households compost kitchen waste in baskets.", null, List.of(manual.id())), users.get("kitakyushu.officer"));
        DocumentRef guide = documents.upload(project.code(), "cadre-guide.pdf", TestFiles.pdf("Community cadres"),
                users.get("kitakyushu.officer"));
        assertThat(practices.mayEdit(published.id(), users.get("kitakyushu.officer"))).isTrue();
        assertThat(practices.documentsToShare(published.id(), users.get("kitakyushu.officer"))).extracting(DocumentRef::fileName)
                .contains("composting-manual.pdf", "cadre-guide.pdf");

        GoodPractice edited = practices.edit(published.id(), new PracticeChange(after + " composting with community cadres",
                "Cadres teach households to compost.", "地域の推進員が家庭の堆肥化を指導します。", List.of(guide.id())),
                users.get("kitakyushu.officer"));

        assertThat(edited.title()).isEqualTo(after + " composting with community cadres");
        assertThat(edited.summaryJa()).isEqualTo("地域の推進員が家庭の堆肥化を指導します。");
        assertThat(edited.documents()).extracting(DocumentRef::fileName).containsExactly("cadre-guide.pdf");
        assertThat(practices.search(new PracticeSearch(after, null, null), users.get("kawasaki.officer")))
                .extracting(GoodPractice::id).containsExactly(published.id());
        assertThat(practices.search(new PracticeSearch(before, null, null), users.get("kawasaki.officer"))).isEmpty();
        assertThatThrownBy(() -> practices.sharedDocument(published.id(), manual.id(), users.get("kawasaki.officer")))
                .isInstanceOf(PracticeNotAvailableException.class);

        practices.unpublish(published.id(), users.get("kitakyushu.officer"));

        assertThat(practices.search(new PracticeSearch(after, null, null), users.get("kawasaki.officer"))).isEmpty();
        assertThat(practices.relatedTo("WASTE", "ID", "SOUTHEAST_ASIA", List.of(after), 200, users.get("kawasaki.officer")))
                .extracting(GoodPractice::id).doesNotContain(published.id());
        assertThatThrownBy(() -> practices.require(published.id(), users.get("kawasaki.officer")))
                .isInstanceOf(PracticeNotAvailableException.class);
        assertThatThrownBy(() -> practices.sharedDocument(published.id(), guide.id(), users.get("kawasaki.officer")))
                .isInstanceOf(PracticeNotAvailableException.class);
        assertThat(jdbc.sql("select unpublished_by from good_practice where id = :id").param("id", published.id())
                .query(String.class).single()).isEqualTo(users.get("kitakyushu.officer").getUsername());

        // withdrawn by mistake, or to be rewritten: the lead's officer publishes it again, the same record
        assertThat(practices.publishableBy(users.get("kitakyushu.officer"))).extracting(Project::code).contains(project.code());
        GoodPractice again = practices.publish(new PracticeDraft(project.code(), after + " composting, second edition",
                "Cadres teach households and schools to compost.", null, List.of(guide.id())), users.get("kitakyushu.officer"));
        assertThat(again.id()).isEqualTo(published.id());
        assertThat(practices.search(new PracticeSearch(after, null, null), users.get("kawasaki.officer")))
                .extracting(GoodPractice::title).containsExactly(after + " composting, second edition");
        assertThat(practices.require(published.id(), users.get("kawasaki.officer")).documents())
                .extracting(DocumentRef::fileName).containsExactly("cadre-guide.pdf");
        assertThat(practices.publishableBy(users.get("kitakyushu.officer"))).extracting(Project::code).doesNotContain(project.code());
        assertThat(audit.ofProject(project.id())).extracting(AuditTrail.Entry::action)
                .contains("GOOD_PRACTICE_EDITED", "GOOD_PRACTICE_UNPUBLISHED", "GOOD_PRACTICE_REPUBLISHED");
    }

    @Test
    void onlyTheLeadsOfficerEditsOrUnpublishesAndABadEditChangesNothing() {
        Project project = fixtures.reported("2", "10", "12", "15");
        fixtures.close(project);
        GoodPractice published = practices.publish(new PracticeDraft(project.code(), "Windrow composting", "Market waste in windrows.",
                null, List.of()), users.get("kitakyushu.officer"));
        PracticeChange change = new PracticeChange("Taken over", "Someone else's summary.", null, List.of());

        for (String other : List.of("kitakyushu.manager", "surabaya.partner", "yokohama.officer", "admin")) {
            assertThat(practices.mayEdit(published.id(), users.get(other))).as(other).isFalse();
            assertThatThrownBy(() -> practices.edit(published.id(), change, users.get(other))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> practices.unpublish(published.id(), users.get(other))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        Project open = projects.propose(TestProposals.of("Still running", "SBY"), users.get("kitakyushu.officer"));
        long otherProjectsDocument = documents.upload(open.code(), "other.pdf", TestFiles.pdf("other"), users.get("kitakyushu.officer")).id();
        assertThatThrownBy(() -> practices.edit(published.id(), new PracticeChange(" ", null, " ", List.of(otherProjectsDocument)),
                users.get("kitakyushu.officer")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("title", "summaryEn", "documents"));

        GoodPractice unchanged = practices.require(published.id(), users.get("kawasaki.officer"));
        assertThat(unchanged.title()).isEqualTo("Windrow composting");
        assertThat(unchanged.summaryEn()).isEqualTo("Market waste in windrows.");
    }
}
