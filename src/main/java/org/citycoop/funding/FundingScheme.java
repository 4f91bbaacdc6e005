package org.citycoop.funding;

import java.util.List;

/**
 * A funding scheme as reference data: its agency, cap, longest duration, who may lead, where the
 * partner may be, what a reviewer scores and checks, and what reports a funded project owes.
 * The eligibility rules themselves are in the decision {@code FundingEligibility}; these figures
 * are shown to the officer and must match it.
 */
public record FundingScheme(String code, String name, String agencyCode, long maxAmountJpy, int maxDurationMonths,
                            String description, boolean acceptingApplications, List<String> leadKinds,
                            List<String> regions, List<ScoringCriterion> criteria, List<ChecklistItem> checklist,
                            List<ReportingRule> reportingRules) {

    public FundingScheme {
        leadKinds = List.copyOf(leadKinds);
        regions = List.copyOf(regions);
        criteria = List.copyOf(criteria);
        checklist = List.copyOf(checklist);
        reportingRules = List.copyOf(reportingRules);
    }

    /** The key of the scheme's name in the screens' bundles: screens, documents and messages name it in the reader's language. */
    public String nameKey() {
        return nameKey(code);
    }

    public static String nameKey(String schemeCode) {
        return "funding.scheme-name." + schemeCode;
    }

    public String descriptionKey() {
        return "funding.scheme-description." + code;
    }

    /** Criteria and checklist items are reference data by code (DD032): codes repeat across schemes with other words. */
    public String criterionKey(ScoringCriterion criterion) {
        return "funding.criterion." + code + "." + criterion.code();
    }

    public String checklistKey(ChecklistItem item) {
        return "funding.checklist." + code + "." + item.code();
    }

    /** What a reviewer scores from 1 (poor) to 5 (excellent), and how much it weighs in the weighted score. */
    public record ScoringCriterion(long id, String code, int weight) {
    }

    /** What a reviewer checks on a submitted application. */
    public record ChecklistItem(long id, String code) {
    }

    /**
     * A report the scheme requires: periodic ({@code intervalMonths}) progress reports, due
     * {@code daysAfter} the end of each period, or the completion report, due {@code daysAfter} the contract end.
     * Its title is {@link ReportingDuty#title}.
     */
    public record ReportingRule(ReportingDutyKind kind, Integer intervalMonths, int daysAfter) {
    }
}
