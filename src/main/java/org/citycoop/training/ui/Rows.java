package org.citycoop.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.citycoop.workflow.ui.ServerProblems;

/**
 * An editable list of rows (modules, trainees, measures, targets): add and remove rows; the
 * filled rows in order; the server's problems on the field of the row they name
 * ({@code <list>[i].<field>}), and on the list itself ({@code <list>}).
 *
 * @param <R> one row
 */
final class Rows<R extends Rows.Row> extends Div {

    /** One row of fields. */
    interface Row {
        Component layout();

        boolean isEmpty();

        /** The row's fields by their name in the server's problems. */
        ServerProblems problems(String prefix);
    }

    private final String list;
    private final Supplier<R> newRow;
    private final List<R> rows = new ArrayList<>();
    private final Div container = new Div();
    private final Span problem = new Span();
    private final String removeLabel;

    Rows(String list, Supplier<R> newRow, String addLabel, String removeLabel) {
        this.list = list;
        this.newRow = newRow;
        this.removeLabel = removeLabel;
        problem.addClassName("overdue");
        container.setWidthFull();
        setWidthFull();
        Button add = new Button(addLabel, VaadinIcon.PLUS.create(), click -> add());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(problem, container, add);
    }

    R add() {
        R row = newRow.get();
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            rows.remove(row);
            container.remove(row.layout());
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(removeLabel);
        Component layout = row.layout();
        layout.getElement().appendChild(remove.getElement());
        layout.getElement().getClassList().add("plan-row");
        rows.add(row);
        container.add(layout);
        return row;
    }

    void clear() {
        rows.clear();
        container.removeAll();
    }

    /** The rows with something in them, mapped to what the service takes. */
    <T> List<T> entered(Function<R, T> value) {
        return filled().stream().map(value).toList();
    }

    ServerProblems problems() {
        problem.setText("");
        ServerProblems problems = new ServerProblems().field(list, problem::setText);
        List<R> filled = filled();
        for (int i = 0; i < filled.size(); i++) {
            problems.with(filled.get(i).problems(list + "[" + i + "]."));
        }
        return problems;
    }

    private List<R> filled() {
        return rows.stream().filter(row -> !row.isEmpty()).toList();
    }
}
