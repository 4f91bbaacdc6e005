package org.citycoop.peerlearning;

import java.util.List;

/** What an administrator enters for a programme: its projects by code and its common indicators by code. */
public record ProgrammeDraft(String code, String nameEn, String nameJa, String description, String fundingAgencyCode,
                             List<String> projectCodes, List<String> indicatorCodes) {
}
