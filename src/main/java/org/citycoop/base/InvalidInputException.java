package org.citycoop.base;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Input refused by the server. Each problem names the field and says what to do, as a message key
 * rendered in the reader's language where it is shown (DD030); nothing was changed when this is thrown.
 * The exception's own message is the English one, for the log.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).reduce((a, b) -> a + "; " + b).orElse("Invalid input"));
        this.problems = List.copyOf(problems);
    }

    /** One problem: {@code key} names its text in the screens' bundle, {@code args} fill its placeholders. */
    public static InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(List.of(FieldProblem.of(field, key, args)));
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

    /**
     * A problem with one field: {@code field} is the property name (the screens put the text on the
     * field of that name), {@code text} what the user is told, in whichever language they read.
     */
    public record FieldProblem(String field, Message text) {

        public static FieldProblem of(String field, String key, Object... args) {
            return new FieldProblem(field, Message.of(key, args));
        }

        /** The text for a reader of {@code locale}. */
        public String message(Locale locale) {
            return text.in(locale);
        }

        /** The English text: for the log, and what tests compare. */
        public String message() {
            return text.toString();
        }

        @Override
        public String toString() {
            return field + ": " + message();
        }
    }
}
