package org.citycoop.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/** Bean validation on the server, turned into {@link InvalidInputException}s that name each field. */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    public void check(Object input) {
        List<FieldProblem> problems = validator.validate(input).stream()
                .map(violation -> new FieldProblem(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString();
    }
}
