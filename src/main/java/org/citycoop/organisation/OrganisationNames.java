package org.citycoop.organisation;

import java.util.ArrayList;
import java.util.List;
import org.citycoop.base.InvalidInputException.FieldProblem;

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
            problems.add(new FieldProblem("nameEn",
                    "Name (English): write the organisation's English name, its Japanese name, or both."));
        }
        if (!isBlank(nameEn) && nameEn.strip().length() > MAX_LENGTH) {
            problems.add(new FieldProblem("nameEn", "Name (English): shorten it to at most " + MAX_LENGTH + " characters."));
        }
        if (!isBlank(nameJa) && nameJa.strip().length() > MAX_LENGTH) {
            problems.add(new FieldProblem("nameJa", "Name (Japanese): shorten it to at most " + MAX_LENGTH + " characters."));
        }
        return problems;
    }

    private static boolean isBlank(String form) {
        return form == null || form.isBlank();
    }
}
