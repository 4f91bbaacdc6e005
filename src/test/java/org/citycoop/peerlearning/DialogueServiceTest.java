package org.citycoop.peerlearning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.name.Name;
import org.citycoop.peerlearning.DialogueMeeting.DiscussedProject;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Dialogues and their meetings on the real PostgreSQL: recorded by an administrator, read by everyone signed in. */
@CityCoopTest
class DialogueServiceTest {

    @Autowired DialogueService dialogues;
    @Autowired ProjectService projects;
    @Autowired TestUsers users;

    @Test
    void anAdministratorRecordsMeetingsAndEveryoneReadsTheTimelineNewestFirst() {
        String code = newDialogue();
        Project kitakyushu = projects.propose(TestProposals.of("Composting for the dialogue", "SBY"), users.get("kitakyushu.officer"));
        dialogues.recordMeeting(meeting(code, 2, LocalDate.of(2025, 10, 9), "Hanoi", "VN", List.of("KIT", "SBY"),
                "Ministry of Natural Resources and Environment, Viet Nam", List.of(kitakyushu.code())), users.get("admin"));
        dialogues.recordMeeting(meeting(code, 1, LocalDate.of(2024, 9, 5), "Bali", "ID", List.of("YOK"), null, List.of()),
                users.get("admin"));

        List<DialogueMeeting> kitakyushuReads = dialogues.timeline(code, users.get("kitakyushu.officer"));
        assertThat(kitakyushuReads).extracting(DialogueMeeting::number).containsExactly(2, 1);
        DialogueMeeting latest = kitakyushuReads.get(0);
        assertThat(latest.venueCity()).isEqualTo("Hanoi");
        assertThat(latest.venueCountry().en()).isEqualTo("Viet Nam");
        assertThat(latest.organisations()).extracting(Name::en).containsExactly("City of Kitakyushu", "Surabaya");
        assertThat(latest.otherParticipants()).contains("Viet Nam");
        assertThat(latest.projects()).containsExactly(new DiscussedProject(kitakyushu.code(), "Composting for the dialogue"));
        assertThat(latest.otherProjects()).isZero();
    }

    @Test
    void aReaderWhoseOrganisationDoesNotTakePartSeesThatAProjectWasDiscussedButNotWhich() {
        String code = newDialogue();
        Project kitakyushu = projects.propose(TestProposals.of("Kitakyushu's own project", "SBY"), users.get("kitakyushu.officer"));
        dialogues.recordMeeting(meeting(code, 1, LocalDate.of(2025, 1, 20), "Tokyo", "JP", List.of("KIT"), null,
                List.of(kitakyushu.code())), users.get("admin"));

        DialogueMeeting asYokohamaReadsIt = dialogues.timeline(code, users.get("yokohama.officer")).get(0);
        assertThat(asYokohamaReadsIt.projects()).isEmpty();
        assertThat(asYokohamaReadsIt.otherProjects()).isOne();
        assertThat(asYokohamaReadsIt.outcomes()).isEqualTo("Agreed to share composting know-how.");
    }

    @Test
    void onlyAnAdministratorRecordsAndABadMeetingIsRefusedFieldByFieldChangingNothing() {
        String code = newDialogue();
        MeetingRecord good = meeting(code, 1, LocalDate.of(2025, 1, 20), "Tokyo", "JP", List.of("KIT"), null, List.of());
        assertThatThrownBy(() -> dialogues.recordMeeting(good, users.get("kitakyushu.manager"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dialogues.saveDialogue("OTHER_DIALOGUE", "Other", null, users.get("kitakyushu.officer")))
                .isInstanceOf(AccessDeniedException.class);

        MeetingRecord bad = new MeetingRecord(code, 0, null, " ", "XX", List.of("NOSUCHORG"), null, " ",
                List.of("NO_SUCH_PROGRAMME"), List.of("NO-SUCH-PROJECT"));
        assertThatThrownBy(() -> dialogues.recordMeeting(bad, users.get("admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("number", "heldOn", "venueCity", "venueCountry", "outcomes",
                                "organisations", "organisations", "programmes", "projects"));
        assertThat(dialogues.timeline(code, users.get("admin"))).isEmpty();

        dialogues.recordMeeting(good, users.get("admin"));
        assertThatThrownBy(() -> dialogues.recordMeeting(good, users.get("admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("number"));
        assertThat(dialogues.timeline(code, users.get("admin"))).hasSize(1);
    }

    @Test
    void anAdministratorEditsAMeetingWithTheChecksOfRecordingAndOthersAreRefused() {
        String code = newDialogue();
        Project discussed = projects.propose(TestProposals.of("Composting discussed later", "SBY"), users.get("kitakyushu.officer"));
        dialogues.recordMeeting(meeting(code, 1, LocalDate.of(2024, 9, 5), "Bali", "ID", List.of("YOK"), null, List.of()), users.get("admin"));
        dialogues.recordMeeting(meeting(code, 2, LocalDate.of(2025, 10, 9), "Hanoi", "VN", List.of("KIT"), null, List.of()),
                users.get("admin"));
        long second = dialogues.timeline(code, users.get("admin")).get(0).id();
        MeetingRecord asRecorded = dialogues.meeting(second, users.get("admin"));
        assertThat(asRecorded).isEqualTo(meeting(code, 2, LocalDate.of(2025, 10, 9), "Hanoi", "VN", List.of("KIT"), null, List.of()));

        MeetingRecord corrected = new MeetingRecord(code, 2, LocalDate.of(2025, 10, 10), "Ha Noi", "VN", List.of("KIT", "SBY"),
                "ASEAN Secretariat", "Agreed a composting trainer exchange.", List.of(), List.of(discussed.code()));
        assertThatThrownBy(() -> dialogues.editMeeting(second, corrected, users.get("kitakyushu.manager")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dialogues.meeting(second, users.get("kitakyushu.officer"))).isInstanceOf(AccessDeniedException.class);
        MeetingRecord clash = new MeetingRecord(code, 1, null, "Ha Noi", "XX", List.of(), null, "Outcomes.", List.of(), List.of());
        assertThatThrownBy(() -> dialogues.editMeeting(second, clash, users.get("admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("number", "heldOn", "venueCountry", "organisations"));
        assertThat(dialogues.meeting(second, users.get("admin"))).isEqualTo(asRecorded);

        dialogues.editMeeting(second, corrected, users.get("admin"));

        DialogueMeeting edited = dialogues.timeline(code, users.get("kitakyushu.officer")).get(0);
        assertThat(edited.number()).isEqualTo(2);
        assertThat(edited.heldOn()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(edited.venueCity()).isEqualTo("Ha Noi");
        assertThat(edited.organisations()).extracting(Name::en).containsExactly("City of Kitakyushu", "Surabaya");
        assertThat(edited.otherParticipants()).isEqualTo("ASEAN Secretariat");
        assertThat(edited.outcomes()).isEqualTo("Agreed a composting trainer exchange.");
        assertThat(edited.projects()).containsExactly(new DiscussedProject(discussed.code(), "Composting discussed later"));
        assertThat(dialogues.timeline(code, users.get("admin"))).hasSize(2);
        dialogues.editMeeting(second, corrected, users.get("admin")); // keeping its own number is no clash
    }

    private String newDialogue() {
        String code = "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        dialogues.saveDialogue(code, "Service-test dialogue " + code, "テスト対話 " + code, users.get("admin"));
        return code;
    }

    private static MeetingRecord meeting(String dialogue, int number, LocalDate heldOn, String city, String country,
                                         List<String> organisations, String others, List<String> projectCodes) {
        return new MeetingRecord(dialogue, number, heldOn, city, country, organisations, others,
                "Agreed to share composting know-how.", List.of(), projectCodes);
    }
}
