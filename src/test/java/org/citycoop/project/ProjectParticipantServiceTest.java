package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** An organisation invited into a project sees it; one not invited still does not; only the lead's officers invite. */
@CityCoopTest
class ProjectParticipantServiceTest {

    @Autowired ProjectService projects;
    @Autowired ProjectParticipantService participants;
    @Autowired TestUsers users;

    @Test
    void anInvitedCompanySeesTheProjectAndAnotherCompanyDoesNot() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        Project project = projects.propose(TestProposals.of("Invited " + UUID.randomUUID(), "SBY"), officer);
        CityCoopUser hibiki = users.get("hibiki.officer");
        CityCoopUser otherCompany = users.get("mwt.officer");
        assertThat(projects.find(project.code(), hibiki)).as("before the invitation").isEmpty();

        participants.invite(project.code(), "HIBIKI", ParticipantRole.TECHNOLOGY_PROVIDER, officer);

        assertThat(projects.find(project.code(), hibiki)).isPresent();
        assertThat(projects.visibleTo(hibiki)).extracting(Project::code).contains(project.code());
        assertThat(participants.participantsOf(project.code(), hibiki)).singleElement().satisfies(participant -> {
            assertThat(participant.organisationCode()).isEqualTo("HIBIKI");
            assertThat(participant.role()).isEqualTo(ParticipantRole.TECHNOLOGY_PROVIDER);
        });
        assertThat(projects.find(project.code(), otherCompany)).isEmpty();
        assertThatThrownBy(() -> participants.participantsOf(project.code(), otherCompany)).isInstanceOf(ProjectNotAvailableException.class);
    }

    @Test
    void onlyTheLeadsOfficersInviteAndNotTwice() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        Project project = projects.propose(TestProposals.of("Invitations " + UUID.randomUUID(), "SBY"), officer);

        assertThatThrownBy(() -> participants.invite(project.code(), "MWT", ParticipantRole.EXPERT, users.get("kitakyushu.manager")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.invite(project.code(), "MWT", ParticipantRole.EXPERT, users.get("surabaya.partner")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.invite(project.code(), "MWT", ParticipantRole.EXPERT, users.get("hibiki.officer")))
                .isInstanceOf(ProjectNotAvailableException.class);
        assertThatThrownBy(() -> participants.invite(project.code(), "SBY", ParticipantRole.EXPERT, officer))
                .isInstanceOf(InvalidInputException.class);
        participants.invite(project.code(), "MWT", ParticipantRole.EXPERT, officer);
        assertThatThrownBy(() -> participants.invite(project.code(), "MWT", ParticipantRole.ADVISER, officer))
                .isInstanceOf(InvalidInputException.class);
        assertThat(participants.participantsOf(project.code(), officer)).extracting(ProjectParticipant::role)
                .containsExactly(ParticipantRole.EXPERT);
    }
}
