package org.citycoop.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.base.Message;

/**
 * Collects the problems of one submission, each on its field, and refuses them together. Labels
 * and problems are message keys, rendered in the reader's language where they are shown (DD030).
 */
final class Checks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final BigDecimal LARGEST = new BigDecimal("999999999999");

    private final List<FieldProblem> problems = new ArrayList<>();

    void add(String field, String key, Object... args) {
        problems.add(FieldProblem.of(field, key, args));
    }

    /** A required text of at most {@code max} characters; returns whether it is fine. */
    boolean text(String value, int max, String field, Message label) {
        if (value == null || value.isBlank()) {
            add(field, "problem.required", label);
            return false;
        }
        if (value.strip().length() > max) {
            add(field, "problem.too-long", label, max);
            return false;
        }
        return true;
    }

    void optionalText(String value, int max, String field, Message label) {
        if (value != null && value.strip().length() > max) {
            add(field, "problem.too-long", label, max);
        }
    }

    boolean present(Object value, String field, String key, Object... args) {
        if (value == null) {
            add(field, key, args);
            return false;
        }
        return true;
    }

    void email(String value, String field, Message label) {
        if (text(value, 254, field, label) && !EMAIL.matcher(value.strip()).matches()) {
            add(field, "problem.email", label);
        }
    }

    void number(String value, String field, Message label) {
        if (value == null || value.isBlank()) {
            add(field, "problem.number.missing", label);
            return;
        }
        try {
            if (new BigDecimal(value.strip()).abs().compareTo(LARGEST) > 0) {
                add(field, "problem.number.below", label, LARGEST.add(BigDecimal.ONE));
            }
        } catch (NumberFormatException notANumber) {
            add(field, "problem.number.invalid", label, value.strip());
        }
    }

    void notNegative(Integer value, String field, Message label) {
        if (value == null || value < 0) {
            add(field, "problem.not-negative", label);
        }
    }

    /** Where a row's problems go: {@code <list>[i].<field>}, said as "Module 2, topic: …". */
    record Row(String prefix, Message noun, int number) {
        String field(String name) {
            return prefix + name;
        }

        Message label(String key) {
            return Message.of("problem.row", noun, number, Message.of(key));
        }
    }

    /**
     * Checks each row of a list with {@code check}; an empty list is a problem of the list itself
     * when {@code emptyKey} is given.
     */
    <T> void rows(List<T> rows, String list, String nounKey, String emptyKey, BiConsumer<T, Row> check) {
        if (rows.isEmpty() && emptyKey != null) {
            add(list, emptyKey);
        }
        for (int i = 0; i < rows.size(); i++) {
            check.accept(rows.get(i), new Row(list + "[" + i + "].", Message.of(nounKey), i + 1));
        }
    }

    /** Throws if anything was added. */
    void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
