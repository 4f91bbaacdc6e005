package org.citycoop.base;

import java.util.List;
import java.util.function.Supplier;

/**
 * Input refused by the server. Each problem names the field and says what to do; nothing was
 * changed when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).reduce((a, b) -> a + "; " + b).orElse("Invalid input"));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    /**
     * Runs one check of a form that reports all its problems at once: its value, or null with its
     * problems added to {@code problems}.
     */
    public static <T> T collect(List<FieldProblem> problems, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException refused) {
            problems.addAll(refused.problems());
            return null;
        }
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** A problem with one field: {@code field} is the property name, {@code message} is for the user. */
    public record FieldProblem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}
