package org.citycoop.organisation;

import java.util.ArrayList;
import java.util.List;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.base.Message;

/**
 * The rules for an organisation's English and Japanese names (DD029), shared by the register and the
 * import: at least one form, each at most as long as the column. Problems name {@code nameEn} or
 * {@code nameJa}; the import reports them under its own column names.
 */
final class OrganisationNames {

    static final int MAX_LENGTH = 200;

    private OrganisationNames() {
    }

    static List<FieldProblem> check(String nameEn, String nameJa) {
        List<FieldProblem> problems = new ArrayList<>();
        if (isBlank(nameEn) && isBlank(nameJa)) {
            problems.add(FieldProblem.of("nameEn", "organisation.problem.name.none"));
        }
        if (!isBlank(nameEn) && nameEn.strip().length() > MAX_LENGTH) {
            problems.add(FieldProblem.of("nameEn", "problem.too-long", Message.of("organisations.name-en"), MAX_LENGTH));
        }
        if (!isBlank(nameJa) && nameJa.strip().length() > MAX_LENGTH) {
            problems.add(FieldProblem.of("nameJa", "problem.too-long", Message.of("organisations.name-ja"), MAX_LENGTH));
        }
        return problems;
    }

    private static boolean isBlank(String form) {
        return form == null || form.isBlank();
    }
}
