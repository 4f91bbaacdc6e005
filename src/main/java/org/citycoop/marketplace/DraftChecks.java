package org.citycoop.marketplace;

import java.util.ArrayList;
import java.util.List;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.base.Message;

/** Collects every problem of a form, each naming its field ({@code marketplace.field.<field>}), then refuses once. */
final class DraftChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Required text of at most {@code max} characters. */
    void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "problem.required", label(field)));
        } else {
            optionalText(field, value, max);
        }
    }

    void optionalText(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "problem.too-long", label(field), max));
        }
    }

    void required(String field, Object value) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "problem.required", label(field)));
        }
    }

    void problem(String field, String key, Object... args) {
        problems.add(FieldProblem.of(field, key, args));
    }

    boolean has(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static Message label(String field) {
        return Message.of("marketplace.field." + field);
    }
}
