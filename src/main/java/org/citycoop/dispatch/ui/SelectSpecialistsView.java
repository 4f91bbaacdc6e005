package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.dispatch.Dispatch;
import org.citycoop.dispatch.DispatchProcess;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.dispatch.DispatchTask;
import org.citycoop.dispatch.MissionPlan;
import org.citycoop.dispatch.Specialist;
import org.citycoop.dispatch.TravelSafety;
import org.citycoop.organisation.Organisation;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;

/**
 * Task screen of {@code Task_SelectSpecialists}: the officer names the specialists (staff of the lead
 * or its member municipalities), the destination, the mission dates and the cost estimate. After a
 * refusal or a travel-safety block the reason is shown on top and the last plan is filled in.
 */
@Route(value = "task/" + DispatchProcess.FORM_SELECT_SPECIALISTS + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class SelectSpecialistsView extends DispatchTaskView {

    private final List<Row> rows = new ArrayList<>();
    private final Div specialists = new Div();
    private final Span specialistsProblem = new Span();
    private List<Organisation> organisations = List.of();

    SelectSpecialistsView(DispatchService dispatches, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("dispatch.plan.title", DispatchProcess.TASK_SELECT_SPECIALISTS, dispatches, subjects, currentUser);
    }

    @Override
    protected void form(DispatchTask task) {
        Dispatch dispatch = task.requireDispatch();
        dispatch.lastRefusal().ifPresent(refusal -> add(DispatchFacts.note(getTranslation("dispatch.plan.refused",
                getTranslation("dispatch.role." + refusal.role()), refusal.decidedBy()), refusal.reason())));
        if (dispatch.safetyBlockReason() != null) {
            add(DispatchFacts.note(getTranslation("dispatch.plan.blocked"), dispatch.safetyBlockMessage().in(getLocale())));
        }
        organisations = dispatches.specialistOrganisations(task.project());
        rows.clear();
        specialists.removeAll();
        specialists.setWidthFull();
        specialistsProblem.addClassName("overdue");
        dispatch.specialists().forEach(member -> addRow(member.specialist()));
        if (rows.isEmpty()) {
            addRow(null);
        }
        Button addSpecialist = new Button(getTranslation("dispatch.plan.add-specialist"), VaadinIcon.PLUS.create(), click -> addRow(null));
        addSpecialist.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        ComboBox<TravelSafety> destination = new ComboBox<>(getTranslation("dispatch.field.destination"));
        List<TravelSafety> countries = dispatches.destinations();
        destination.setItems(countries);
        destination.setItemLabelGenerator(country -> country.level() == null
                ? getTranslation("dispatch.destination.unknown", country.countryName().in(getLocale()))
                : getTranslation("dispatch.destination.level", country.countryName().in(getLocale()), country.level()));
        destination.setHelperText(getTranslation("dispatch.field.destination.help"));
        String chosen = dispatch.destinationIso2() != null ? dispatch.destinationIso2() : task.project().partnerCountryIso2();
        countries.stream().filter(country -> country.countryIso2().equals(chosen)).findFirst().ifPresent(destination::setValue);
        DatePicker departure = new DatePicker(getTranslation("dispatch.field.departure"), dispatch.departureOn());
        DatePicker returnOn = new DatePicker(getTranslation("dispatch.field.return"), dispatch.returnOn());
        TextField cost = new TextField(getTranslation("dispatch.field.cost"));
        cost.setPrefixComponent(new Span("¥"));
        cost.setAllowedCharPattern("[0-9,]");
        cost.setHelperText(getTranslation("dispatch.field.cost.help"));
        cost.setValue(dispatch.costEstimateJpy() == null ? "" : dispatch.costEstimateJpy().toString());
        Span approvers = new Span();
        approvers.addClassName("fact-label");
        Runnable preview = () -> approvers.setText(previewApprovers(amount(cost), departure.getValue(), returnOn.getValue()));
        cost.addValueChangeListener(change -> preview.run());
        departure.addValueChangeListener(change -> preview.run());
        returnOn.addValueChangeListener(change -> preview.run());
        preview.run();
        Div mission = new Div(destination, departure, returnOn, cost);
        mission.addClassName("plan-row");
        mission.setWidthFull();
        mission.getStyle().set("box-sizing", "border-box");

        ServerProblems problems = new ServerProblems().field("destinationIso2", destination).field("departureOn", departure)
                .field("returnOn", returnOn).field("costEstimateJpy", cost);
        Button submit = new Button(getTranslation("dispatch.plan.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            List<Row> entered = rows.stream().filter(row -> !row.isEmpty()).toList();
            MissionPlan plan = new MissionPlan(entered.stream().map(Row::specialist).toList(),
                    destination.getValue() == null ? null : destination.getValue().countryIso2(), departure.getValue(),
                    returnOn.getValue(), amount(cost));
            specialistsProblem.setText("");
            ServerProblems all = new ServerProblems().with(problems).field("specialists", specialistsProblem::setText);
            for (int i = 0; i < entered.size(); i++) {
                all.with(entered.get(i).problems("specialists[" + i + "]."));
            }
            TaskSubmit.run(() -> dispatches.planMission(task.task().id(), plan, currentUser.require()),
                    getTranslation("dispatch.plan.done", task.project().itemTitle(), task.project().code()), () -> all);
        });
        add(new H3(getTranslation("dispatch.field.specialists")), specialistsProblem, specialists, addSpecialist,
                new H3(getTranslation("dispatch.section.mission")), mission, approvers, submit);
    }

    private String previewApprovers(Long cost, LocalDate departure, LocalDate returnOn) {
        if (cost == null || departure == null || returnOn == null || returnOn.isBefore(departure)) {
            return getTranslation("dispatch.plan.approvers.unknown");
        }
        return getTranslation("dispatch.plan.approvers",
                getTranslation("dispatch.approval-level." + dispatches.approvalLevelFor(cost, departure, returnOn).name()));
    }

    /** The amount typed, or null when the field is empty or not a number of yen. */
    private static Long amount(TextField cost) {
        String digits = cost.getValue().replace(",", "").strip();
        try {
            return digits.isEmpty() ? null : Long.parseLong(digits);
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    private void addRow(Specialist specialist) {
        Row row = new Row(specialist);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            rows.remove(row);
            specialists.remove(row.layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("dispatch.plan.remove-specialist"));
        row.layout.add(row.name, row.organisation, row.position, row.expertise, remove);
        rows.add(row);
        specialists.add(row.layout);
    }

    /** One specialist; the fields wrap onto several lines on a phone (theme class {@code plan-row}). */
    private final class Row {
        private final TextField name = new TextField(getTranslation("dispatch.specialist.name"));
        private final Select<Organisation> organisation = new Select<>();
        private final TextField position = new TextField(getTranslation("dispatch.specialist.position"));
        private final TextField expertise = new TextField(getTranslation("dispatch.specialist.expertise"));
        private final Div layout = new Div();

        private Row(Specialist specialist) {
            organisation.setLabel(getTranslation("dispatch.specialist.organisation"));
            organisation.setItems(organisations);
            organisation.setItemLabelGenerator(entry -> entry.name().in(getLocale()));
            name.setMaxLength(200);
            position.setMaxLength(200);
            expertise.setMaxLength(500);
            layout.addClassName("plan-row");
            layout.addClassName("specialist-row");
            if (specialist != null) {
                name.setValue(specialist.name());
                organisations.stream().filter(o -> o.code().equals(specialist.organisationCode())).findFirst()
                        .ifPresent(organisation::setValue);
                position.setValue(specialist.position());
                expertise.setValue(specialist.expertise());
            } else if (organisations.size() == 1) {
                organisation.setValue(organisations.get(0));
            }
        }

        private boolean isEmpty() {
            return name.getValue().isBlank() && position.getValue().isBlank() && expertise.getValue().isBlank();
        }

        private Specialist specialist() {
            return new Specialist(name.getValue(), organisation.getValue() == null ? null : organisation.getValue().code(),
                    position.getValue(), expertise.getValue());
        }

        private ServerProblems problems(String prefix) {
            return new ServerProblems().field(prefix + "name", name).field(prefix + "organisationCode", organisation)
                    .field(prefix + "position", position).field(prefix + "expertise", expertise);
        }
    }
}
