package org.citycoop.workflow.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.base.ui.Formats;

/** Puts the server's problems on the fields they name; the form's own checks only give early hints. */
public final class ServerProblems {

    private final Map<String, Consumer<String>> fields = new LinkedHashMap<>();

    public ServerProblems field(String name, HasValidation field) {
        return field(name, message -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
    }

    /** A field that shows its problem its own way (an upload or a list of rows has no error message of its own). */
    public ServerProblems field(String name, Consumer<String> showMessage) {
        fields.put(name, showMessage);
        return this;
    }

    public ServerProblems with(ServerProblems more) {
        fields.putAll(more.fields);
        return this;
    }

    /** Marks each named field; returns the problems that belong to no field, to be shown all the same. */
    public List<FieldProblem> show(InvalidInputException refused) {
        Locale locale = Formats.screenLocale();
        refused.problems().forEach(problem -> Optional.ofNullable(fields.get(problem.field()))
                .ifPresent(show -> show.accept(problem.message(locale))));
        return refused.problems().stream().filter(problem -> !fields.containsKey(problem.field())).toList();
    }
}
