package org.citycoop.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.funding.FundingAgreementInput;
import org.citycoop.funding.FundingApplication;
import org.citycoop.funding.FundingApplication.Decision;
import org.citycoop.funding.FundingDecision;
import org.citycoop.funding.FundingProcess;
import org.citycoop.funding.FundingService;
import org.citycoop.funding.FundingTask;
import org.citycoop.funding.Instalment;
import org.citycoop.funding.ReportingDuty;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskHeader;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;
import org.citycoop.workflow.ui.TaskView;

/**
 * Task screen of {@code Task_RecordFundingAgreement}: the officer records the signed agreement —
 * amount, contract period, and the disbursement schedule — and sees the reports the scheme
 * requires for that period, which are stored with their due dates.
 */
@Route(value = "task/" + FundingProcess.FORM_RECORD_AGREEMENT + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class RecordFundingAgreementView extends TaskView<FundingTask> {

    private final FundingService funding;
    private final TaskSubjectLookup subjects;
    private final CurrentUser currentUser;
    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout instalments = new VerticalLayout();
    private final Span total = new Span();
    private final Span scheduleProblem = new Span();
    private final UnorderedList duties = new UnorderedList();

    RecordFundingAgreementView(FundingService funding, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("funding.agreement.title");
        this.funding = funding;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    protected FundingTask open(String taskId) {
        return funding.openTask(taskId, FundingProcess.TASK_RECORD_AGREEMENT, currentUser.require());
    }

    @Override
    protected void show(FundingTask task) {
        rows.clear();
        instalments.removeAll();
        FundingApplication application = task.requireApplication();
        Long approvedByAgency = application.lastDecision().filter(decision -> decision.decision() == FundingDecision.APPROVE)
                .map(Decision::approvedAmountJpy).orElse(null);
        add(new TaskHeader(task.task(), subjects), FundingFacts.application(this, application));
        if (approvedByAgency != null) {
            add(new Paragraph(getTranslation("funding.agreement.approved", Formats.yen(approvedByAgency))));
        }

        YenField amount = new YenField(getTranslation("funding.agreement.amount"));
        amount.setAmount(approvedByAgency);
        amount.addValueChangeListener(change -> updateTotal(amount));
        DatePicker start = new DatePicker(getTranslation("funding.agreement.start"));
        DatePicker end = new DatePicker(getTranslation("funding.agreement.end"));
        start.setValue(task.project().plannedStart());
        end.setValue(task.project().plannedStart().plusMonths(application.durationMonths()).minusDays(1));
        start.addValueChangeListener(change -> {
            end.setMin(change.getValue());
            updateDuties(application, start, end);
        });
        end.addValueChangeListener(change -> updateDuties(application, start, end));
        FormLayout form = new FormLayout(amount, start, end);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));

        instalments.setPadding(false);
        instalments.setSpacing(false);
        scheduleProblem.addClassName("overdue");
        addRow(new Instalment(start.getValue(), approvedByAgency), amount);
        Button add = new Button(getTranslation("funding.agreement.add-instalment"), VaadinIcon.PLUS.create(),
                click -> addRow(new Instalment(), amount));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        updateTotal(amount);
        updateDuties(application, start, end);

        Button record = new Button(getTranslation("funding.agreement.submit"));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(click -> {
            FundingAgreementInput input = new FundingAgreementInput();
            input.setApprovedAmountJpy(amount.amount());
            input.setContractStart(start.getValue());
            input.setContractEnd(end.getValue());
            List<Row> entered = rows.stream().filter(row -> !row.isEmpty()).toList();
            input.setInstalments(entered.stream().map(row -> new Instalment(row.dueOn.getValue(), row.amount.amount())).toList());
            TaskSubmit.run(() -> funding.recordAgreement(task.task().id(), input, currentUser.require()),
                    getTranslation("funding.agreement.done", task.project().code()), () -> {
                        scheduleProblem.setText("");
                        ServerProblems problems = new ServerProblems().field("approvedAmountJpy", amount)
                                .field("contractStart", start).field("contractEnd", end)
                                .field("instalments", scheduleProblem::setText);
                        for (int i = 0; i < entered.size(); i++) {
                            problems.field("instalments[" + i + "].dueOn", entered.get(i).dueOn)
                                    .field("instalments[" + i + "].amountJpy", entered.get(i).amount);
                        }
                        return problems;
                    });
        });
        add(form, new H3(getTranslation("funding.agreement.instalments")), scheduleProblem, instalments, add, total,
                new H3(getTranslation("funding.agreement.duties")), duties, record);
    }

    private void addRow(Instalment instalment, YenField amount) {
        Row row = new Row();
        row.dueOn.setValue(instalment.getDueOn());
        row.amount.setAmount(instalment.getAmountJpy());
        row.amount.addValueChangeListener(change -> updateTotal(amount));
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            rows.remove(row);
            instalments.remove(row.layout);
            updateTotal(amount);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("funding.agreement.remove-instalment"));
        row.layout = new HorizontalLayout(row.dueOn, row.amount, remove);
        row.layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        rows.add(row);
        instalments.add(row.layout);
    }

    private void updateTotal(YenField amount) {
        long sum = rows.stream().map(row -> row.amount.amount()).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
        total.setText(getTranslation("funding.agreement.total", Formats.yen(sum),
                amount.amount() == null ? "" : Formats.yen(amount.amount())));
    }

    private void updateDuties(FundingApplication application, DatePicker start, DatePicker end) {
        duties.removeAll();
        for (ReportingDuty duty : funding.reportingDutiesOf(application.scheme().code(), start.getValue(), end.getValue())) {
            duties.add(new ListItem(getTranslation("funding.agreement.duty", duty.title().in(Formats.screenLocale()),
                    FundingFacts.date(duty.dueOn()))));
        }
    }


    private final class Row {
        private final DatePicker dueOn = new DatePicker(getTranslation("funding.agreement.instalment-date"));
        private final YenField amount = new YenField(getTranslation("funding.agreement.instalment-amount"));
        private HorizontalLayout layout;

        private Row() {
            amount.setHelperText(null);
        }

        private boolean isEmpty() {
            return dueOn.getValue() == null && amount.getValue().isBlank();
        }
    }
}
