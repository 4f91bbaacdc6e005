package org.citycoop.peerlearning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.name.Name;
import org.citycoop.peerlearning.DialogueMeeting.DiscussedProject;
import org.citycoop.peerlearning.internal.DialogueRepository;
import org.citycoop.peerlearning.internal.DialogueRepository.MeetingRow;
import org.citycoop.peerlearning.internal.ReferenceRepository;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional dialogues and their meetings. An administrator records them, as the other reference data;
 * every signed-in user reads the timeline, since the meetings' outcomes are public statements meant for
 * all cities to learn from, except the discussed projects the reader's organisation does not take part in (DD034).
 */
@Service
public class DialogueService {

    private final DialogueRepository dialogues;
    private final ReferenceRepository register;
    private final ProjectService projects;
    private final AuditTrail audit;
    private final Clock clock;

    DialogueService(DialogueRepository dialogues, ReferenceRepository register, ProjectService projects, AuditTrail audit, Clock clock) {
        this.dialogues = dialogues;
        this.register = register;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Dialogue> find(String dialogueCode) {
        return dialogues.find(dialogueCode);
    }

    @Transactional(readOnly = true)
    public List<Dialogue> all() {
        return dialogues.all();
    }

    @Transactional(readOnly = true)
    public List<Country> countries() {
        return register.countries();
    }

    /** The organisations of the register, to choose meeting participants from. */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> organisations() {
        return register.organisations();
    }

    /** Adds a dialogue, or renames the one with its code. */
    @Transactional
    public void saveDialogue(String dialogueCode, String nameEn, String nameJa, CityCoopUser admin) {
        requireAdmin(admin);
        List<FieldProblem> problems = new ArrayList<>();
        if (dialogueCode == null || !dialogueCode.matches("[A-Z][A-Z0-9_]{1,31}")) {
            problems.add(FieldProblem.of("code", "dialogue.problem.code"));
        }
        Name name = Records.name(nameEn, nameJa, "name", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        dialogues.save(dialogueCode, name);
        audit.recordReferenceChange(admin.getUsername(), "DIALOGUE_SAVED", dialogueCode);
    }

    /** Records a meeting of a dialogue; its number is unique within the dialogue. */
    @Transactional
    public void recordMeeting(MeetingRecord meeting, CityCoopUser admin) {
        requireAdmin(admin);
        Checked checked = check(meeting, null);
        long id = dialogues.insertMeeting(checked.dialogue().id(), meeting.number(), meeting.heldOn(), meeting.venueCity().strip(),
                meeting.venueCountryIso2(), checked.others(), checked.outcomes(), admin.getUsername());
        link(id, checked);
        audit.recordReferenceChange(admin.getUsername(), "DIALOGUE_MEETING_RECORDED", checked.dialogue().code() + " #" + meeting.number());
    }

    /** A recorded meeting as its form shows it, for an administrator to edit. */
    @Transactional(readOnly = true)
    public MeetingRecord meeting(long meetingId, CityCoopUser admin) {
        requireAdmin(admin);
        return dialogues.record(meetingId).orElseThrow(() -> new DialogueNotAvailableException("meeting " + meetingId));
    }

    /**
     * Replaces what was recorded of a meeting, with the checks of recording it (its number stays unique
     * within its dialogue); a refused change leaves the meeting as it was. Administrators only, as recording (DD034).
     */
    @Transactional
    public void editMeeting(long meetingId, MeetingRecord meeting, CityCoopUser admin) {
        requireAdmin(admin);
        dialogues.record(meetingId).orElseThrow(() -> new DialogueNotAvailableException("meeting " + meetingId));
        Checked checked = check(meeting, meetingId);
        dialogues.updateMeeting(meetingId, checked.dialogue().id(), meeting.number(), meeting.heldOn(), meeting.venueCity().strip(),
                meeting.venueCountryIso2(), checked.others(), checked.outcomes());
        dialogues.unlink(meetingId);
        link(meetingId, checked);
        audit.recordReferenceChange(admin.getUsername(), "DIALOGUE_MEETING_EDITED", checked.dialogue().code() + " #" + meeting.number());
    }

    /** What a meeting's record refers to, once every field is checked. */
    private record Checked(Dialogue dialogue, String others, String outcomes, List<Long> organisations, List<Long> programmes,
                           List<Long> projects) {
    }

    /** Refuses the record naming each wrong field; {@code meetingId} is the meeting being edited, null for a new one. */
    private Checked check(MeetingRecord meeting, Long meetingId) {
        Dialogue dialogue = dialogues.find(meeting.dialogueCode()).orElseThrow(() -> new DialogueNotAvailableException(meeting.dialogueCode()));
        List<FieldProblem> problems = new ArrayList<>();
        if (meeting.number() == null || meeting.number() < 1) {
            problems.add(FieldProblem.of("number", "dialogue.problem.number"));
        } else if (dialogues.hasOtherMeeting(dialogue.id(), meeting.number(), meetingId)) {
            problems.add(FieldProblem.of("number", "dialogue.problem.number-taken", meeting.number()));
        }
        if (meeting.heldOn() == null || meeting.heldOn().isAfter(LocalDate.now(clock).plusYears(2))) {
            problems.add(FieldProblem.of("heldOn", "dialogue.problem.held-on"));
        }
        if (meeting.venueCity() == null || meeting.venueCity().isBlank() || meeting.venueCity().strip().length() > 100) {
            problems.add(FieldProblem.of("venueCity", "dialogue.problem.venue-city"));
        }
        if (meeting.venueCountryIso2() == null || !register.isCountry(meeting.venueCountryIso2())) {
            problems.add(FieldProblem.of("venueCountry", "dialogue.problem.venue-country"));
        }
        String others = Records.optionalText(meeting.otherParticipants(), 2000, "otherParticipants", problems);
        String outcomes = Records.optionalText(meeting.outcomes(), 4000, "outcomes", problems);
        if (outcomes == null) {
            problems.add(FieldProblem.of("outcomes", "dialogue.problem.outcomes"));
        }
        List<Long> organisations = new ArrayList<>();
        for (String code : distinct(meeting.organisationCodes())) {
            register.organisationId(code).ifPresentOrElse(organisations::add,
                    () -> problems.add(FieldProblem.of("organisations", "dialogue.problem.organisation", code)));
        }
        if (organisations.isEmpty() && others == null) {
            problems.add(FieldProblem.of("organisations", "dialogue.problem.no-participant"));
        }
        List<Long> programmes = new ArrayList<>();
        for (String code : distinct(meeting.programmeCodes())) {
            dialogues.programmeId(code).ifPresentOrElse(programmes::add,
                    () -> problems.add(FieldProblem.of("programmes", "dialogue.problem.programme", code)));
        }
        List<Long> projectIds = Records.projectIds(meeting.projectCodes(), register, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(dialogue, others, outcomes, organisations, programmes, projectIds);
    }

    private void link(long meetingId, Checked checked) {
        checked.organisations().forEach(organisation -> dialogues.addParticipant(meetingId, organisation));
        checked.programmes().forEach(programme -> dialogues.addProgramme(meetingId, programme));
        checked.projects().forEach(project -> dialogues.addProject(meetingId, project));
    }

    /** The dialogue's meetings, newest first, with what each discussed as far as the reader may see it. */
    @Transactional(readOnly = true)
    public List<DialogueMeeting> timeline(String dialogueCode, CityCoopUser reader) {
        Dialogue dialogue = dialogues.find(dialogueCode).orElseThrow(() -> new DialogueNotAvailableException(dialogueCode));
        List<DialogueMeeting> meetings = new ArrayList<>();
        for (MeetingRow row : dialogues.meetings(dialogue.id())) {
            List<String> discussed = dialogues.projectCodes(row.id());
            List<DiscussedProject> visible = discussed.stream().flatMap(code -> projects.find(code, reader).stream())
                    .map(DialogueService::discussed).toList();
            meetings.add(new DialogueMeeting(row.id(), row.number(), row.heldOn(), row.venueCity(), row.venueCountry(),
                    dialogues.organisations(row.id()), row.otherParticipants(), row.outcomes(), dialogues.programmes(row.id()),
                    visible, discussed.size() - visible.size()));
        }
        return meetings;
    }

    /** Whether the user may record dialogues and meetings (for the screens' buttons; the methods check again). */
    public boolean mayRecord(CityCoopUser user) {
        return user.hasRole(Roles.ADMIN);
    }

    private void requireAdmin(CityCoopUser user) {
        if (!mayRecord(user)) {
            throw new AccessDeniedException("Only an administrator records dialogues and their meetings");
        }
    }

    private static DiscussedProject discussed(Project project) {
        return new DiscussedProject(project.code(), project.title());
    }

    private static List<String> distinct(List<String> codes) {
        return codes == null ? List.of() : codes.stream().filter(code -> code != null && !code.isBlank()).distinct().toList();
    }
}
