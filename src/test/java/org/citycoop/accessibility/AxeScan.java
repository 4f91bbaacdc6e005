package org.citycoop.accessibility;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * axe-core run inside the page (the script comes with the test library and is evaluated in the page:
 * nothing is fetched) against WCAG 2.0 and 2.1, levels A and AA. Violations of the few known upstream
 * Vaadin issues listed in {@link KnownUpstreamIssue} are set aside, each by its rule and element.
 */
final class AxeScan {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /**
     * One element that fails (or that axe could not decide on) a rule; {@code path} is axe's own target
     * (selectors through shadow roots), by which a script in the page finds the element again.
     */
    record Finding(String rule, String impact, String target, String help, String reason, Object path) {
        boolean blocks() {
            return BLOCKING.contains(impact);
        }

        /** axe's word for an element whose content is a symbol such as "⋮": judged as a graphic, at 3:1. */
        boolean nonText() {
            return reason.contains("non-text characters");
        }
    }

    /**
     * What axe found on one screen: violations (those of known upstream issues apart), undecided
     * elements, and the second check's judgement of the colour contrast axe could not decide (DD036).
     */
    record Result(List<Finding> violations, List<Finding> setAside, List<Finding> incomplete,
                  List<EffectiveContrast.Judgement> contrast) {
        List<Finding> blocking() {
            return violations.stream().filter(Finding::blocks).toList();
        }
    }

    private AxeScan() {
    }

    static Result of(Page page) {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        // the elements that pass are not reported: a Vaadin screen has thousands, and listing them is most of axe's time
        options.setResultTypes(List.of("violations", "incomplete"));
        AxeResults results = new AxeBuilder(page).options(options).analyze();
        if (results.getErrorMessage() != null) {
            throw new IllegalStateException("axe-core failed on " + page.url() + ": " + results.getErrorMessage());
        }
        List<Finding> violations = new ArrayList<>();
        List<Finding> setAside = new ArrayList<>();
        for (Finding finding : findings(results.getViolations())) {
            (KnownUpstreamIssue.covers(finding, page) ? setAside : violations).add(finding);
        }
        List<Finding> incomplete = findings(results.getIncomplete());
        return new Result(violations, setAside, incomplete, EffectiveContrast.of(page, incomplete));
    }

    /** What the first of the node's checks says: for an undecided element, why axe could not decide. */
    private static String reason(CheckedNode node) {
        return Stream.of(node.getAny(), node.getAll(), node.getNone())
                .filter(checks -> checks != null).flatMap(List::stream).map(Check::getMessage)
                .filter(message -> message != null).findFirst().orElse("");
    }

    private static List<Finding> findings(List<Rule> rules) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                findings.add(new Finding(rule.getId(), String.valueOf(impact), String.valueOf(node.getTarget()), rule.getHelp(),
                        reason(node), node.getTarget()));
            }
        }
        return findings;
    }
}
