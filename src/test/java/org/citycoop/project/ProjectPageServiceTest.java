package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.dispatch.Dispatch;
import org.citycoop.dispatch.DispatchFixture;
import org.citycoop.dispatch.DispatchProcess;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.dispatch.DispatchStatus;
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
                tuple("kitakyushu.officer", "Project proposed", Kind.CHANGE),
                tuple("kitakyushu.manager", "Proposal approve", Kind.CHANGE),
                tuple("kitakyushu.manager", "Screen project proposal", Kind.TASK));
        assertThat(timeline).filteredOn(entry -> entry.what().equals("Proposal approve"))
                .singleElement().extracting(TimelineEntry::detail).isEqualTo("Fits the council's green plan.");
        assertThat(timeline).isSortedAccordingTo(Comparator.comparing(TimelineEntry::when).reversed());
        assertThat(timeline.get(timeline.size() - 1).what()).isEqualTo("Project proposed");
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
}
