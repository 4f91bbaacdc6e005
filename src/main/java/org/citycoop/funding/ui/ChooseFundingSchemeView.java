package org.citycoop.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.converter.StringToLongConverter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.funding.FundingApplication;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingScheme;
import org.citycoop.funding.FundingService;
import org.citycoop.funding.FundingTask;
import org.citycoop.funding.SchemeChoice;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.workflow.ui.TaskView;

/**
 * Task screen of {@code Task_ChooseFundingScheme}: the officer chooses a scheme with a first
 * amount and duration; after an ineligible check it shows every reason the decision gave.
 */
@Route(value = "task/" + FundingProcess.FORM_CHOOSE_SCHEME + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class ChooseFundingSchemeView extends TaskView<FundingTask> {

    private final FundingService funding;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;

    ChooseFundingSchemeView(FundingService funding, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("funding.choose.title");
        this.funding = funding;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected FundingTask open(String taskId) {
        return funding.openTask(taskId, FundingProcess.TASK_CHOOSE_SCHEME, currentUser.require());
    }

    @Override
    protected void show(FundingTask task) {
        add(new TaskHeader(task.task(), subjects), FundingFacts.project(this, task.project()));
        task.application().filter(application -> !application.eligibilityReasons().isEmpty())
                .ifPresent(application -> add(FundingFacts.reasons(this, application)));

        List<FundingScheme> schemes = funding.schemes();
        Map<String, FundingScheme> byCode = new LinkedHashMap<>();
        schemes.forEach(scheme -> byCode.put(scheme.code(), scheme));
        ComboBox<String> scheme = new ComboBox<>(getTranslation("funding.field.scheme"));
        scheme.setItems(byCode.keySet().stream()
                .sorted(Comparator.comparing(code -> getTranslation(byCode.get(code).nameKey()), Collator.getInstance(getLocale()))).toList());
        scheme.setItemLabelGenerator(code -> getTranslation(byCode.get(code).nameKey()));
        scheme.setRequiredIndicatorVisible(true);
        scheme.setWidthFull();
        scheme.addValueChangeListener(change -> scheme.setHelperText(change.getValue() == null ? null
                : getTranslation("funding.scheme.help", Formats.yen(byCode.get(change.getValue()).maxAmountJpy()),
                        byCode.get(change.getValue()).maxDurationMonths(), byCode.get(change.getValue()).agencyCode())));
        YenField requested = new YenField(getTranslation("funding.field.requested-amount"));
        IntegerField duration = new IntegerField(getTranslation("funding.field.duration"));
        duration.setMin(1);
        duration.setMax(120);
        duration.setStepButtonsVisible(true);

        BeanValidationBinder<SchemeChoice> binder = new BeanValidationBinder<>(SchemeChoice.class);
        binder.forField(scheme).bind("schemeCode");
        binder.forField(requested).withNullRepresentation("")
                .withConverter(new StringToLongConverter(getTranslation("funding.amount.number")))
                .bind("requestedAmountJpy");
        binder.forField(duration).bind("durationMonths");
        binder.readBean(initialChoice(task));

        FormLayout form = new FormLayout();
        form.add(scheme, 2);
        form.add(requested, duration);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        Button check = new Button(getTranslation("funding.choose.submit"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> {
            SchemeChoice choice = new SchemeChoice();
            if (binder.writeBeanIfValid(choice)) {
                TaskSubmit.run(() -> getTranslation(funding.chooseScheme(task.task().id(), choice, currentUser.require())
                                ? "funding.choose.done.eligible" : "funding.choose.done.ineligible", task.project().code()),
                        () -> new ServerProblems().field("schemeCode", scheme).field("requestedAmountJpy", requested)
                                .field("durationMonths", duration));
            }
        });
        add(form, check);
    }

    /** The last choice after an ineligible check; otherwise the project's planned period as the duration. */
    private static SchemeChoice initialChoice(FundingTask task) {
        SchemeChoice choice = new SchemeChoice();
        if (task.application().isPresent()) {
            FundingApplication application = task.application().get();
            choice.setSchemeCode(application.scheme().code());
            choice.setRequestedAmountJpy(application.requestedAmountJpy());
            choice.setDurationMonths(application.durationMonths());
        } else {
            long months = ChronoUnit.MONTHS.between(task.project().plannedStart(), task.project().plannedEnd().plusDays(1));
            choice.setDurationMonths((int) Math.max(1, Math.min(120, months)));
        }
        return choice;
    }
}
