package org.citycoop.peerlearning;

import java.util.ArrayList;
import java.util.List;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.name.Name;
import org.citycoop.peerlearning.internal.ReferenceRepository;

/** The checks the records' forms share; each adds a problem naming the field instead of throwing. */
final class Records {

    private Records() {
    }

    /** A name in English and/or Japanese, each at most 200 characters; null when it is refused. */
    static Name name(String en, String ja, String field, List<FieldProblem> problems) {
        boolean none = (en == null || en.isBlank()) && (ja == null || ja.isBlank());
        if (none || (en != null && en.strip().length() > 200) || (ja != null && ja.strip().length() > 200)) {
            problems.add(FieldProblem.of(field, "peer.problem.name"));
            return null;
        }
        return new Name(en, ja);
    }

    /** Stripped text of at most {@code max} characters, null when blank. */
    static String optionalText(String text, int max, String field, List<FieldProblem> problems) {
        String stripped = strippedOrNull(text);
        if (stripped != null && stripped.length() > max) {
            problems.add(FieldProblem.of(field, "peer.problem.too-long", max));
        }
        return stripped;
    }

    /** Stripped text, null when blank: what is stored of an optional text once checked. */
    static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The ids of the projects with these codes; a problem for each unknown code. */
    static List<Long> projectIds(List<String> codes, ReferenceRepository register, List<FieldProblem> problems) {
        List<Long> ids = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes.stream().distinct().toList()) {
            register.projectId(code).ifPresentOrElse(ids::add, () -> problems.add(FieldProblem.of("projects", "peer.problem.project", code)));
        }
        return ids;
    }
}
