package org.citycoop.funding.ui;

import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskSubmit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.converter.StringToLongConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citycoop.base.ui.Formats;
import org.citycoop.funding.ApplicationDraft;
import org.citycoop.funding.BudgetLine;

/**
 * The content of an application, for drafting and for revising: objectives, activities, duration,
 * requested amount and the budget lines, whose total is shown as the officer types. The server
 * checks everything again and its problems are shown on the fields.
 */
class DraftForm extends VerticalLayout {

    private final TextArea objectives = new TextArea(getTranslation("funding.field.objectives"));
    private final TextArea activities = new TextArea(getTranslation("funding.field.activities"));
    private final IntegerField duration = new IntegerField(getTranslation("funding.field.duration"));
    private final YenField requested = new YenField(getTranslation("funding.field.requested-amount"));
    private final VerticalLayout lines = new VerticalLayout();
    private final Span total = new Span();
    private final Span linesProblem = new Span();
    private final List<Row> rows = new ArrayList<>();
    private final BeanValidationBinder<ApplicationDraft> binder = new BeanValidationBinder<>(ApplicationDraft.class);

    DraftForm() {
        setPadding(false);
        objectives.setMaxLength(4000);
        objectives.setMinHeight("6em");
        objectives.setHelperText(getTranslation("funding.field.objectives.help"));
        activities.setMaxLength(4000);
        activities.setMinHeight("6em");
        activities.setHelperText(getTranslation("funding.field.activities.help"));
        duration.setMin(1);
        duration.setMax(120);
        duration.setStepButtonsVisible(true);
        requested.setHelperText(getTranslation("funding.field.requested-amount.help"));
        FormLayout form = new FormLayout();
        form.add(objectives, 2);
        form.add(activities, 2);
        form.add(duration, requested);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        lines.setPadding(false);
        lines.setSpacing(false);
        linesProblem.addClassName("overdue");
        Button add = new Button(getTranslation("funding.budget.add"), VaadinIcon.PLUS.create(), click -> addRow(new BudgetLine()));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        binder.forField(objectives).bind("objectives");
        binder.forField(activities).bind("activities");
        binder.forField(duration).bind("durationMonths");
        binder.forField(requested).withNullRepresentation("")
                .withConverter(new StringToLongConverter(getTranslation("funding.amount.number")))
                .bind("requestedAmountJpy");
        add(form, new H3(getTranslation("funding.field.budget-lines")), linesProblem, lines, add, total);
    }

    void setDraft(ApplicationDraft draft) {
        binder.readBean(draft);
        rows.clear();
        lines.removeAll();
        draft.getBudgetLines().forEach(this::addRow);
        if (rows.isEmpty()) {
            addRow(new BudgetLine());
        }
        updateTotal();
    }

    /**
     * The draft as entered, or empty when the form's hints already show what is missing. Empty
     * budget lines are left out; the server checks the rest and names each problem's field.
     */
    Optional<ApplicationDraft> draft() {
        ApplicationDraft draft = new ApplicationDraft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        draft.setBudgetLines(rows.stream().filter(row -> !row.isEmpty())
                .map(row -> new BudgetLine(row.item.getValue(), row.amount.amount())).toList());
        return Optional.of(draft);
    }

    /** Where the server's problems go; built anew for each submit since rows come and go. */
    ServerProblems problems() {
        clearProblems();
        ServerProblems problems = new ServerProblems()
                .field("objectives", objectives)
                .field("activities", activities)
                .field("durationMonths", duration)
                .field("requestedAmountJpy", requested)
                .field("budgetLines", message -> linesProblem.setText(message));
        List<Row> entered = rows.stream().filter(row -> !row.isEmpty()).toList();
        for (int i = 0; i < entered.size(); i++) {
            problems.field("budgetLines[" + i + "].item", entered.get(i).item)
                    .field("budgetLines[" + i + "].amountJpy", entered.get(i).amount);
        }
        return problems;
    }

    private void clearProblems() {
        linesProblem.setText("");
        List.of(objectives, activities).forEach(field -> field.setInvalid(false));
        duration.setInvalid(false);
        requested.setInvalid(false);
        rows.forEach(row -> {
            row.item.setInvalid(false);
            row.amount.setInvalid(false);
        });
    }

    private void addRow(BudgetLine line) {
        Row row = new Row();
        row.item.setValue(line.getItem() == null ? "" : line.getItem());
        row.amount.setAmount(line.getAmountJpy());
        row.amount.addValueChangeListener(change -> updateTotal());
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            rows.remove(row);
            lines.remove(row.layout);
            updateTotal();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("funding.budget.remove"));
        row.layout = new HorizontalLayout(row.item, row.amount, remove);
        row.layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.layout.setWidthFull();
        row.layout.expand(row.item);
        rows.add(row);
        lines.add(row.layout);
    }

    private void updateTotal() {
        long sum = rows.stream().map(row -> row.amount.amount()).filter(amount -> amount != null).mapToLong(Long::longValue).sum();
        total.setText(getTranslation("funding.budget.total", Formats.yen(sum)));
    }

    private final class Row {
        private final TextField item = new TextField(getTranslation("funding.field.budget-item"));
        private final YenField amount = new YenField(getTranslation("funding.field.budget-amount"));
        private HorizontalLayout layout;

        private Row() {
            item.setMaxLength(200);
            amount.setHelperText(null);
        }

        private boolean isEmpty() {
            return item.getValue().isBlank() && amount.getValue().isBlank();
        }
    }
}
