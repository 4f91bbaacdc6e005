package org.citycoop;

import java.time.LocalDate;
import org.citycoop.project.ProjectProposal;

/** A valid proposal of a technical-cooperation waste project, for tests to vary. */
public final class TestProposals {

    private TestProposals() {
    }

    public static ProjectProposal of(String title, String partnerCode) {
        ProjectProposal proposal = new ProjectProposal();
        proposal.setTitle(title);
        proposal.setPartnerCode(partnerCode);
        proposal.setThemeCode("WASTE");
        proposal.setCooperationTypeCode("TECHNICAL_COOPERATION");
        proposal.setPlannedStart(LocalDate.of(2027, 4, 1));
        proposal.setPlannedEnd(LocalDate.of(2029, 3, 31));
        proposal.setBudgetJpy(25_000_000L);
        return proposal;
    }
}
