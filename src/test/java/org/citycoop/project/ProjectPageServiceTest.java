package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.TestFiles;
import org.citycoop.TestProposals;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.TestUsers;
import org.citycoop.dispatch.Dispatch;
import org.citycoop.dispatch.DispatchFixture;
import org.citycoop.dispatch.DispatchProcess;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.dispatch.DispatchStatus;
import org.citycoop.document.DocumentNotAvailableException;
import org.citycoop.document.DocumentRef;
import org.citycoop.project.TimelineEntry.Kind;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the project page reads, through the services on the real PostgreSQL and engine: the timeline
 * merges the audit trail with the tasks completed in the engine, newest first; the dispatches of the
 * project; and nothing of it for an organisation that does not take part.
 */
@CityCoopTest
class ProjectPageServiceTest {

    @Autowired ProjectService projects;
    @Autowired WorkflowService workflow;
    @Autowired DispatchService dispatches;
    @Autowired DispatchFixture dispatchFixture;
    @Autowired ProjectDocumentService documents;
    @Autowired ProjectCommentService comments;
    @Autowired TestUsers users;

    @Test
    void theTimelineShowsWhoProposedAndWhoScreenedNewestFirstToLeadAndPartner() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        CityCoopUser manager = users.get("kitakyushu.manager");
        Project project = projects.propose(TestProposals.of("Timeline " + UUID.randomUUID(), "SBY"), officer);
        projects.screen(workflow.openTasksOf(project.code(), Actor.of(manager)).get(0).id(),
                ScreeningDecision.APPROVE, "Fits the council's green plan.", manager);

        List<TimelineEntry> timeline = projects.timeline(project.code(), officer);

        assertThat(timeline).extracting(TimelineEntry::actor, TimelineEntry::what, TimelineEntry::kind).contains(
                tuple("kitakyushu.officer", "PROJECT_PROPOSED", Kind.CHANGE),
                tuple("kitakyushu.manager", "PROPOSAL_APPROVE", Kind.CHANGE),
                tuple("kitakyushu.manager", "Screen project proposal", Kind.TASK));
        assertThat(timeline).filteredOn(entry -> entry.what().equals("PROPOSAL_APPROVE"))
                .singleElement().extracting(TimelineEntry::detail).isEqualTo("Fits the council's green plan.");
        assertThat(timeline).isSortedAccordingTo(Comparator.comparing(TimelineEntry::when).reversed());
        assertThat(timeline.get(timeline.size() - 1).what()).isEqualTo("PROJECT_PROPOSED");
        assertThat(projects.timeline(project.code(), users.get("surabaya.partner"))).isEqualTo(timeline);
    }

    @Test
    void anotherOrganisationGetsNeitherTheTimelineNorTheDispatches() {
        Project project = dispatchFixture.project("Page test: dispatch " + UUID.randomUUID());
        String dispatch = dispatchFixture.start(project).getId();
        CityCoopUser officer = users.get("kitakyushu.officer");
        dispatches.writeTermsOfReference(dispatchFixture.task(dispatch, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE),
                DispatchFixture.TERMS, officer);

        assertThat(dispatches.dispatchesOf(project.code(), officer)).singleElement().satisfies(found -> {
            assertThat(found.status()).isEqualTo(DispatchStatus.TERMS_WRITTEN);
            assertThat(found.terms().purpose()).isEqualTo(DispatchFixture.TERMS.purpose());
        });
        assertThat(dispatches.dispatchesOf(project.code(), users.get("surabaya.partner"))).extracting(Dispatch::status)
                .containsExactly(DispatchStatus.TERMS_WRITTEN);
        assertThat(projects.timeline(project.code(), officer)).extracting(TimelineEntry::what, TimelineEntry::actor)
                .contains(tuple("Write terms of reference", "kitakyushu.officer"));

        CityCoopUser stranger = users.get("yokohama.officer");
        assertThat(dispatches.dispatchesOf(project.code(), stranger)).isEmpty();
        assertThatThrownBy(() -> projects.timeline(project.code(), stranger)).isInstanceOf(ProjectNotAvailableException.class);
    }

    @Test
    void aNewVersionReplacesTheDocumentInTheListAndTheOldVersionStaysStored() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        CityCoopUser partner = users.get("surabaya.partner");
        Project project = projects.propose(TestProposals.of("Documents " + UUID.randomUUID(), "SBY"), officer);

        DocumentRef plan = documents.upload(project.code(), "C:\\Users\\sato\\site-plan.pdf", TestFiles.pdf("plan v1"), officer);
        DocumentRef minutes = documents.upload(project.code(), "minutes.pdf", TestFiles.pdf("minutes"), partner);
        DocumentRef planV2 = documents.replace(project.code(), plan.id(), "site-plan-rev.pdf", TestFiles.pdf("plan v2"), partner);

        assertThat(plan.fileName()).isEqualTo("site-plan.pdf");
        assertThat(plan.version()).isEqualTo(1);
        assertThat(minutes.version()).isEqualTo(1);
        assertThat(planV2.version()).isEqualTo(2);
        assertThat(documents.documentsOf(project.code(), officer)).extracting(DocumentRef::fileName, DocumentRef::version,
                DocumentRef::contentType).containsExactlyInAnyOrder(
                        tuple("minutes.pdf", 1, "application/pdf"), tuple("site-plan-rev.pdf", 2, "application/pdf"));
        assertThat(new String(documents.download(project.code(), plan.id(), officer).content(), StandardCharsets.ISO_8859_1))
                .contains("plan v1");
        assertThat(new String(documents.download(project.code(), planV2.id(), officer).content(), StandardCharsets.ISO_8859_1))
                .contains("plan v2");
        assertThat(projects.timeline(project.code(), officer)).extracting(TimelineEntry::what, TimelineEntry::actor).contains(
                tuple("DOCUMENT_UPLOADED", "kitakyushu.officer"), tuple("DOCUMENT_REPLACED", "surabaya.partner"));

        // the old version cannot be replaced again: the list shows the newer one
        assertThatThrownBy(() -> documents.replace(project.code(), plan.id(), "again.pdf", TestFiles.pdf("v3"), officer))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("file"));
        assertThat(documents.documentsOf(project.code(), officer)).hasSize(2);
    }

    @Test
    void aFileThatIsNotADocumentIsRefusedOnTheFileFieldAndNothingIsStored() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        Project project = projects.propose(TestProposals.of("Refused file " + UUID.randomUUID(), "SBY"), officer);

        assertThatThrownBy(() -> documents.upload(project.code(), "report.pdf",
                "#!/bin/sh\necho not a pdf\n".getBytes(StandardCharsets.US_ASCII), officer))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("file"));
        assertThatThrownBy(() -> documents.upload(project.code(), "empty.pdf", new byte[0], officer))
                .isInstanceOf(InvalidInputException.class);
        assertThat(documents.documentsOf(project.code(), officer)).isEmpty();
    }

    @Test
    void anotherOrganisationCanNeitherListNorDownloadNorReplaceTheDocuments() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        Project project = projects.propose(TestProposals.of("Guarded documents " + UUID.randomUUID(), "SBY"), officer);
        DocumentRef plan = documents.upload(project.code(), "site-plan.pdf", TestFiles.pdf("secret plan"), officer);
        Project other = projects.propose(TestProposals.of("Other project " + UUID.randomUUID(), "SBY"), officer);

        CityCoopUser stranger = users.get("yokohama.officer");
        assertThatThrownBy(() -> documents.documentsOf(project.code(), stranger)).isInstanceOf(ProjectNotAvailableException.class);
        assertThatThrownBy(() -> documents.download(project.code(), plan.id(), stranger)).isInstanceOf(ProjectNotAvailableException.class);
        assertThatThrownBy(() -> documents.replace(project.code(), plan.id(), "x.pdf", TestFiles.pdf("x"), stranger))
                .isInstanceOf(ProjectNotAvailableException.class);
        // a document id of one project cannot be fetched through another project's page
        assertThatThrownBy(() -> documents.download(other.code(), plan.id(), officer)).isInstanceOf(DocumentNotAvailableException.class);
        assertThat(documents.documentsOf(project.code(), officer)).singleElement().extracting(DocumentRef::version).isEqualTo(1);
    }

    @Test
    void aCommentMentionsColleaguesOfTheLeadAndThePartnerButNoStranger() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        Project project = projects.propose(TestProposals.of("Comments " + UUID.randomUUID(), "SBY"), officer);

        assertThat(comments.comment(project.code(), "@surabaya.partner please check the site plan with @kitakyushu.manager.",
                officer)).containsExactly("surabaya.partner", "kitakyushu.manager");
        comments.comment(project.code(), "Done, see you on 3 May (mail: someone@kitakyushu.example).", users.get("surabaya.partner"));

        assertThat(comments.commentsOf(project.code(), users.get("surabaya.partner")))
                .extracting(ProjectComment::author, ProjectComment::mentions).containsExactly(
                        tuple("surabaya.partner", List.of()),
                        tuple("kitakyushu.officer", List.of("kitakyushu.manager", "surabaya.partner")));

        // a user of another city is no colleague on this project; nothing is stored
        assertThatThrownBy(() -> comments.comment(project.code(), "Ask @yokohama.officer and @nobody.here", officer))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("comment");
                            assertThat(problem.message()).contains("@yokohama.officer", "@nobody.here");
                        }));
        assertThatThrownBy(() -> comments.comment(project.code(), "   ", officer)).isInstanceOf(InvalidInputException.class);
        assertThat(comments.commentsOf(project.code(), officer)).hasSize(2);

        CityCoopUser stranger = users.get("yokohama.officer");
        assertThatThrownBy(() -> comments.commentsOf(project.code(), stranger)).isInstanceOf(ProjectNotAvailableException.class);
        assertThatThrownBy(() -> comments.comment(project.code(), "Hello", stranger)).isInstanceOf(ProjectNotAvailableException.class);
    }
}
