package org.citycoop.project;

import java.time.Instant;
import java.time.LocalDate;
import org.citycoop.name.Name;

/**
 * A cooperation project as its participants see it. {@code fundingSchemeCode} is the scheme it is
 * funded under (its latest application's, or the register's for an imported project), null for the
 * organisation's own budget; {@code imported} marks a project of the historical register, which runs
 * no process. Names of organisations and the country carry both their forms (DD029); theme and
 * cooperation type are named in the reader's language by their keys ({@code themeName} is the
 * reference table's English name, for IATI and other systems).
 */
public record Project(long id, String code, String title, String leadCode, Name leadName,
                      String partnerCode, Name partnerName, Name partnerCountry, String region,
                      String themeCode, String themeName, String cooperationTypeCode, String cooperationTypeName,
                      LocalDate plannedStart, LocalDate plannedEnd, long budgetJpy, ProjectStatus status,
                      String proposedBy, Instant proposedAt, String fundingSchemeCode, boolean imported) {

    /** The key of the theme's name in the screens' bundles. */
    public String themeKey() {
        return ReferenceKeys.THEME + themeCode;
    }

    /** The key of the cooperation type's name in the screens' bundles. */
    public String cooperationTypeKey() {
        return ReferenceKeys.COOPERATION_TYPE + cooperationTypeCode;
    }

    /** The proposal as it stands, to prefill a revision. */
    public ProjectProposal toProposal() {
        ProjectProposal proposal = new ProjectProposal();
        proposal.setTitle(title);
        proposal.setPartnerCode(partnerCode);
        proposal.setThemeCode(themeCode);
        proposal.setCooperationTypeCode(cooperationTypeCode);
        proposal.setPlannedStart(plannedStart);
        proposal.setPlannedEnd(plannedEnd);
        proposal.setBudgetJpy(budgetJpy);
        return proposal;
    }
}
