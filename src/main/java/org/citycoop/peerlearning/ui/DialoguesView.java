package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.peerlearning.Dialogue;
import org.citycoop.peerlearning.DialogueMeeting;
import org.citycoop.peerlearning.DialogueService;
import org.citycoop.peerlearning.ProgrammeService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;

/**
 * A regional dialogue's timeline: its meetings newest first, with participants, outcomes and what
 * they discussed. Everyone signed in reads it; an administrator also records meetings and dialogues (DD034).
 */
@Route(value = DialoguesView.ROUTE + "/:" + DialoguesView.CODE + "?", layout = MainLayout.class)
@PermitAll
class DialoguesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "dialogues";
    static final String CODE = "code";

    private final DialogueService dialogues;
    private final CurrentUser currentUser;
    private final Select<Dialogue> chosen = new Select<>();
    private final Div timeline = new Div();
    private MeetingForm meetingForm;

    DialoguesView(DialogueService dialogues, ProgrammeService programmes, CurrentUser currentUser) {
        this.dialogues = dialogues;
        this.currentUser = currentUser;
        setMaxWidth("960px");
        CityCoopUser user = currentUser.require();
        chosen.setLabel(getTranslation("dialogue.choose"));
        chosen.setItemLabelGenerator(dialogue -> Formats.name(dialogue.name()));
        chosen.setWidthFull();
        chosen.addValueChangeListener(change -> showTimeline());
        timeline.setWidthFull();
        add(new H2(getTranslation("dialogue.title")), new Paragraph(getTranslation("dialogue.intro")), chosen, timeline);
        if (dialogues.mayRecord(user)) {
            meetingForm = new MeetingForm(dialogues, programmes, currentUser, this::shownDialogue, this::showTimeline);
            add(meetingForm, new DialogueForm(dialogues, currentUser, this::dialogueSaved));
        }
    }

    /** {@code dialogues/<code>} opens that dialogue's timeline; {@code dialogues} the first one. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        loadDialogues(event.getRouteParameters().get(CODE).orElse(null));
    }

    private void loadDialogues(String select) {
        List<Dialogue> all = dialogues.all();
        chosen.setItems(all);
        all.stream().filter(dialogue -> dialogue.code().equals(select)).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(chosen::setValue);
        if (all.isEmpty()) {
            showTimeline();
        }
    }

    private void dialogueSaved(String code) {
        loadDialogues(code);
    }

    /** The meeting form records into the dialogue shown above it. */
    private String shownDialogue() {
        return chosen.getValue() == null ? null : chosen.getValue().code();
    }

    private void showTimeline() {
        timeline.removeAll();
        Dialogue dialogue = chosen.getValue();
        if (dialogue == null) {
            timeline.add(new Paragraph(getTranslation("dialogue.none")));
            return;
        }
        List<DialogueMeeting> meetings = dialogues.timeline(dialogue.code(), currentUser.require());
        if (meetings.isEmpty()) {
            timeline.add(new Paragraph(getTranslation("dialogue.meetings.none")));
        }
        meetings.forEach(meeting -> timeline.add(meetingCard(meeting)));
    }

    private Div meetingCard(DialogueMeeting meeting) {
        List<String> participants = new ArrayList<>(meeting.organisations().stream().map(Formats::name).toList());
        if (meeting.otherParticipants() != null) {
            participants.add(meeting.otherParticipants());
        }
        Div card = FactCards.section("dialogue-meeting", getTranslation("dialogue.meeting.title", meeting.number(),
                        Formats.date(meeting.heldOn()), meeting.venueCity(), Formats.name(meeting.venueCountry())),
                FactCards.wide(FactCards.fact(getTranslation("dialogue.meeting.participants"), String.join("\n", participants))),
                FactCards.wide(FactCards.fact(getTranslation("dialogue.meeting.outcomes"), meeting.outcomes())));
        if (!meeting.programmes().isEmpty()) {
            card.add(FactCards.wide(FactCards.fact(getTranslation("dialogue.meeting.programmes"), "")));
            UnorderedList list = new UnorderedList();
            meeting.programmes().forEach(programme -> list.add(new ListItem(new Anchor(ProgrammeView.routeOf(programme.code()),
                    Formats.name(programme.name())))));
            card.add(list);
        }
        if (!meeting.projects().isEmpty() || meeting.otherProjects() > 0) {
            card.add(FactCards.wide(FactCards.fact(getTranslation("dialogue.meeting.projects"), "")));
            UnorderedList list = new UnorderedList();
            meeting.projects().forEach(project -> list.add(new ListItem(new Anchor("projects/" + project.code(),
                    project.code() + " " + project.title()))));
            if (meeting.otherProjects() > 0) {
                list.add(new ListItem(getTranslation("dialogue.meeting.other-projects", meeting.otherProjects())));
            }
            card.add(list);
        }
        if (meetingForm != null) {
            Button edit = new Button(getTranslation("dialogue.meeting.edit"),
                    click -> meetingForm.edit(meeting.id(), dialogues.meeting(meeting.id(), currentUser.require())));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.getStyle().set("grid-column", "1 / -1").set("justify-self", "start"); // the card is a grid of facts
            card.add(edit);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dialogue.title") + " | " + getTranslation("app.name");
    }
}
