package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.Formats;
import org.citycoop.peerlearning.Country;
import org.citycoop.peerlearning.DialogueService;
import org.citycoop.peerlearning.MeetingRecord;
import org.citycoop.peerlearning.OrganisationChoice;
import org.citycoop.peerlearning.Programme;
import org.citycoop.peerlearning.ProgrammeService;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;

/**
 * The administrator's form to record a meeting of the dialogue shown above it, or to edit one of its
 * meetings (DD037); the server checks every field.
 */
class MeetingForm extends Div {

    private final DialogueService dialogues;
    private final CurrentUser currentUser;
    private final Supplier<String> dialogueCode;
    private final Runnable recorded;
    private final IntegerField number = new IntegerField();
    private final DatePicker heldOn = new DatePicker();
    private final TextField venueCity = new TextField();
    private final ComboBox<Country> venueCountry = new ComboBox<>();
    private final MultiSelectComboBox<OrganisationChoice> organisations = new MultiSelectComboBox<>();
    private final TextArea otherParticipants = new TextArea();
    private final TextArea outcomes = new TextArea();
    private final MultiSelectComboBox<Programme> programmes = new MultiSelectComboBox<>();
    private final TextField projects = new TextField();
    private final H3 title = new H3();
    private final Button record = new Button();
    private final Button cancel = new Button();
    /** The meeting being edited; null while the form records a new one. */
    private Long editing;

    MeetingForm(DialogueService dialogues, ProgrammeService programmeService, CurrentUser currentUser, Supplier<String> dialogueCode,
                Runnable recorded) {
        this.dialogues = dialogues;
        this.currentUser = currentUser;
        this.dialogueCode = dialogueCode;
        this.recorded = recorded;
        addClassName("meeting-form");
        setWidthFull();
        number.setLabel(getTranslation("dialogue.form.number"));
        number.setHelperText(getTranslation("dialogue.form.number.help"));
        number.setMin(1);
        heldOn.setLabel(getTranslation("dialogue.form.held-on"));
        heldOn.setLocale(Formats.screenLocale());
        venueCity.setLabel(getTranslation("dialogue.form.venue-city"));
        venueCity.setMaxLength(100);
        venueCountry.setLabel(getTranslation("dialogue.form.venue-country"));
        venueCountry.setItems(dialogues.countries());
        venueCountry.setItemLabelGenerator(country -> Formats.name(country.name()));
        organisations.setLabel(getTranslation("dialogue.form.organisations"));
        organisations.setItems(dialogues.organisations());
        organisations.setItemLabelGenerator(organisation -> Formats.name(organisation.name()));
        otherParticipants.setLabel(getTranslation("dialogue.form.other-participants"));
        otherParticipants.setHelperText(getTranslation("dialogue.form.other-participants.help"));
        otherParticipants.setMaxLength(2000);
        outcomes.setLabel(getTranslation("dialogue.form.outcomes"));
        outcomes.setMaxLength(4000);
        outcomes.setMinHeight("8em");
        programmes.setLabel(getTranslation("dialogue.form.programmes"));
        programmes.setItems(programmeService.all());
        programmes.setItemLabelGenerator(programme -> Formats.name(programme.name()));
        projects.setLabel(getTranslation("dialogue.form.projects"));
        projects.setHelperText(getTranslation("dialogue.form.projects.help"));
        number.setRequiredIndicatorVisible(true);
        heldOn.setRequiredIndicatorVisible(true);
        venueCity.setRequiredIndicatorVisible(true);
        venueCountry.setRequiredIndicatorVisible(true);
        outcomes.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(number, heldOn, venueCity, venueCountry, organisations, otherParticipants, outcomes,
                programmes, projects);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(organisations, 2);
        form.setColspan(otherParticipants, 2);
        form.setColspan(outcomes, 2);
        form.setColspan(programmes, 2);
        form.setColspan(projects, 2);
        record.addClickListener(click -> record());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setText(getTranslation("dialogue.form.cancel-edit"));
        cancel.addClickListener(click -> reset());
        add(title, form, new HorizontalLayout(record, cancel));
        showMode();
    }

    /** Fills the form with a recorded meeting; saving then replaces what was recorded. */
    void edit(long meetingId, MeetingRecord meeting) {
        editing = meetingId;
        number.setValue(meeting.number());
        heldOn.setValue(meeting.heldOn());
        venueCity.setValue(meeting.venueCity());
        venueCountry.setValue(venueCountry.getListDataView().getItems().filter(country -> country.iso2().equals(meeting.venueCountryIso2()))
                .findFirst().orElse(null));
        organisations.setValue(organisations.getListDataView().getItems()
                .filter(organisation -> meeting.organisationCodes().contains(organisation.code())).toList());
        otherParticipants.setValue(Objects.toString(meeting.otherParticipants(), ""));
        outcomes.setValue(meeting.outcomes());
        programmes.setValue(programmes.getListDataView().getItems()
                .filter(programme -> meeting.programmeCodes().contains(programme.code())).toList());
        projects.setValue(ProjectCodes.typed(meeting.projectCodes()));
        clearErrors();
        showMode();
        number.focus();
    }

    private void showMode() {
        title.setText(editing == null ? getTranslation("dialogue.form.title") : getTranslation("dialogue.form.edit-title"));
        record.setText(getTranslation(editing == null ? "dialogue.form.record" : "dialogue.form.save"));
        cancel.setVisible(editing != null);
    }

    private void record() {
        clearErrors();
        String dialogue = dialogueCode.get();
        if (dialogue == null) {
            return;
        }
        MeetingRecord meeting = new MeetingRecord(dialogue, number.getValue(), heldOn.getValue(), venueCity.getValue(),
                venueCountry.getValue() == null ? null : venueCountry.getValue().iso2(),
                organisations.getValue().stream().map(OrganisationChoice::code).toList(), otherParticipants.getValue(),
                outcomes.getValue(), programmes.getValue().stream().map(Programme::code).toList(), ProjectCodes.of(projects.getValue()));
        try {
            if (editing == null) {
                dialogues.recordMeeting(meeting, currentUser.require());
            } else {
                dialogues.editMeeting(editing, meeting, currentUser.require());
            }
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(new ServerProblems().field("number", number).field("heldOn", heldOn).field("venueCity", venueCity)
                    .field("venueCountry", venueCountry).field("organisations", organisations)
                    .field("otherParticipants", otherParticipants).field("outcomes", outcomes).field("programmes", programmes)
                    .field("projects", projects).show(refused));
            return;
        }
        TaskScreens.confirm(getTranslation(editing == null ? "dialogue.form.recorded" : "dialogue.form.saved", number.getValue()));
        reset();
        recorded.run();
    }

    /** Back to recording a new meeting, with an empty form. */
    private void reset() {
        editing = null;
        number.clear();
        heldOn.clear();
        venueCity.clear();
        venueCountry.clear();
        organisations.clear();
        otherParticipants.clear();
        outcomes.clear();
        programmes.clear();
        projects.clear();
        clearErrors();
        showMode();
    }

    /** Also after clearing the form: an emptied required field is not a mistake of the user. */
    private void clearErrors() {
        List.<HasValidation>of(number, heldOn, venueCity, venueCountry, organisations, otherParticipants, outcomes, programmes, projects)
                .forEach(field -> field.setInvalid(false));
    }
}
