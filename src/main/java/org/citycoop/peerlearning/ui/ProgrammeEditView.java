package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.indicator.Indicator;
import org.citycoop.peerlearning.OrganisationChoice;
import org.citycoop.peerlearning.ProgrammeDraft;
import org.citycoop.peerlearning.ProgrammeNotAvailableException;
import org.citycoop.peerlearning.ProgrammeService;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;

/**
 * An administrator creates a programme ({@code admin/programmes}) or edits one ({@code admin/programmes/<code>}):
 * names, description, funding agency, common indicators and member projects. The server checks every field (DD034, DD037).
 */
@Route(value = ProgrammeEditView.ROUTE + "/:" + ProgrammeEditView.CODE + "?", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class ProgrammeEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "admin/programmes";
    static final String CODE = "code";

    private final ProgrammeService programmes;
    private final CurrentUser currentUser;
    private final H2 heading = new H2();
    private final TextField code = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField nameJa = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<OrganisationChoice> agency = new ComboBox<>();
    private final MultiSelectComboBox<Indicator> indicators = new MultiSelectComboBox<>();
    private final TextField projects = new TextField();
    private boolean editing;

    ProgrammeEditView(ProgrammeService programmes, CurrentUser currentUser) {
        this.programmes = programmes;
        this.currentUser = currentUser;
        setMaxWidth("960px");
        code.setLabel(getTranslation("programme.form.code"));
        code.setHelperText(getTranslation("programme.form.code.help"));
        code.setMaxLength(32);
        code.setRequiredIndicatorVisible(true);
        nameEn.setLabel(getTranslation("programme.form.name-en"));
        nameEn.setMaxLength(200);
        nameJa.setLabel(getTranslation("programme.form.name-ja"));
        nameJa.setMaxLength(200);
        nameEn.setHelperText(getTranslation("programme.form.name.help"));
        description.setLabel(getTranslation("programme.description"));
        description.setMaxLength(2000);
        agency.setLabel(getTranslation("programme.agency"));
        agency.setItems(programmes.fundingAgencies());
        agency.setItemLabelGenerator(choice -> Formats.name(choice.name()));
        agency.setClearButtonVisible(true);
        indicators.setLabel(getTranslation("programme.indicators"));
        indicators.setItems(programmes.indicatorChoices());
        indicators.setItemLabelGenerator(indicator -> Formats.name(indicator.name()) + " (" + indicator.unit() + ")");
        indicators.setRequiredIndicatorVisible(true);
        projects.setLabel(getTranslation("programme.form.projects"));
        projects.setHelperText(getTranslation("dialogue.form.projects.help"));
        FormLayout form = new FormLayout(code, agency, nameEn, nameJa, description, indicators, projects);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(description, 2);
        form.setColspan(indicators, 2);
        form.setColspan(projects, 2);
        Button save = new Button(getTranslation("programme.form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(heading, new Paragraph(getTranslation("programme.form.intro")), form, save);
    }

    static String routeOf(String code) {
        return ROUTE + "/" + code;
    }

    /** {@code admin/programmes/<code>} edits that programme; {@code admin/programmes} creates a new one. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> chosen = event.getRouteParameters().get(CODE);
        editing = chosen.isPresent();
        heading.setText(getTranslation(editing ? "programme.form.edit-title" : "programme.form.new-title"));
        code.setReadOnly(editing);
        chosen.flatMap(programme -> TaskScreens.load(event, () -> programmes.draft(programme, currentUser.require()))).ifPresent(this::show);
    }

    private void show(ProgrammeDraft draft) {
        code.setValue(draft.code());
        nameEn.setValue(Optional.ofNullable(draft.nameEn()).orElse(""));
        nameJa.setValue(Optional.ofNullable(draft.nameJa()).orElse(""));
        description.setValue(Optional.ofNullable(draft.description()).orElse(""));
        agency.getListDataView().getItems().filter(choice -> choice.code().equals(draft.fundingAgencyCode())).findFirst()
                .ifPresent(agency::setValue);
        indicators.setValue(indicators.getListDataView().getItems().filter(indicator -> draft.indicatorCodes().contains(indicator.code()))
                .toList());
        projects.setValue(ProjectCodes.typed(draft.projectCodes()));
    }

    private void save() {
        List.<HasValidation>of(code, nameEn, nameJa, description, agency, indicators, projects).forEach(field -> field.setInvalid(false));
        ProgrammeDraft draft = new ProgrammeDraft(code.getValue().strip(), nameEn.getValue(), nameJa.getValue(), description.getValue(),
                agency.getValue() == null ? null : agency.getValue().code(),
                ProjectCodes.of(projects.getValue()), indicators.getValue().stream().map(Indicator::code).toList());
        try {
            if (editing) {
                programmes.save(draft, currentUser.require());
            } else {
                programmes.create(draft, currentUser.require());
            }
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(new ServerProblems().field("code", code).field("name", nameEn).field("description", description)
                    .field("fundingAgency", agency).field("indicators", indicators).field("projects", projects).show(refused));
            return;
        }
        TaskScreens.confirm(getTranslation("programme.form.saved", draft.code()));
        getUI().ifPresent(ui -> ui.navigate(ProgrammeView.routeOf(draft.code())));
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | " + getTranslation("app.name");
    }
}
