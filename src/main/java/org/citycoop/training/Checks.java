package org.citycoop.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;

/** Collects the problems of one submission, each on its field, and refuses them together. */
final class Checks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final List<FieldProblem> problems = new ArrayList<>();

    void add(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** A required text of at most {@code max} characters; returns whether it is fine. */
    boolean text(String value, int max, String field, String label) {
        if (value == null || value.isBlank()) {
            add(field, label + ": this is required; please fill it in.");
            return false;
        }
        if (value.strip().length() > max) {
            add(field, label + ": shorten it to at most " + max + " characters.");
            return false;
        }
        return true;
    }

    void optionalText(String value, int max, String field, String label) {
        if (value != null && value.strip().length() > max) {
            add(field, label + ": shorten it to at most " + max + " characters.");
        }
    }

    boolean present(Object value, String field, String message) {
        if (value == null) {
            add(field, message);
            return false;
        }
        return true;
    }

    void email(String value, String field, String label) {
        if (text(value, 254, field, label) && !EMAIL.matcher(value.strip()).matches()) {
            add(field, label + ": enter an address like name@city.go.id.");
        }
    }

    void number(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            add(field, label + ": enter a number, e.g. 45.5.");
            return;
        }
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (number.abs().compareTo(new BigDecimal("999999999999")) > 0) {
                add(field, label + ": enter a number below 1,000,000,000,000.");
            }
        } catch (NumberFormatException notANumber) {
            add(field, label + ": \"" + value.strip() + "\" is not a number; enter digits with a decimal point, e.g. 45.5.");
        }
    }

    void notNegative(Integer value, String field, String label) {
        if (value == null || value < 0) {
            add(field, label + ": enter 0 or more.");
        }
    }

    /** Where a row's problems go: {@code <list>[i].<field>}, said as "Module 2, topic: …". */
    record Row(String prefix, String label) {
        String field(String name) {
            return prefix + name;
        }

        String label(String what) {
            return label + what;
        }
    }

    /**
     * Checks each row of a list with {@code check}; an empty list is a problem of the list itself
     * when {@code emptyMessage} is given.
     */
    <T> void rows(List<T> rows, String list, String noun, String emptyMessage, BiConsumer<T, Row> check) {
        if (rows.isEmpty() && emptyMessage != null) {
            add(list, emptyMessage);
        }
        for (int i = 0; i < rows.size(); i++) {
            check.accept(rows.get(i), new Row(list + "[" + i + "].", noun + " " + (i + 1) + ", "));
        }
    }

    /** Throws if anything was added. */
    void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
