package org.citycoop.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Bean validation on the server, turned into {@link InvalidInputException}s that name each field.
 * Each problem keeps the constraint's template and attributes, not the text interpolated in the
 * request's language: the screen or the API renders it for its reader (Message, DD030).
 */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    public void check(Object input) {
        List<FieldProblem> problems = validator.validate(input).stream()
                .map(violation -> new FieldProblem(fieldOf(violation), Message.ofTemplate(violation.getMessageTemplate(),
                        violation.getConstraintDescriptor().getAttributes())))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(problem -> problem.message()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString();
    }
}
