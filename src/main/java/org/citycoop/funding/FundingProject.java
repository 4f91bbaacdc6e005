package org.citycoop.funding;

import java.time.LocalDate;

/** The facts of the project an application is for, as the funding screens and the eligibility rules need them. */
public record FundingProject(long id, String code, String title, String leadCode, String leadName, String leadKind,
                             String partnerName, String partnerCountry, String region, LocalDate plannedStart,
                             LocalDate plannedEnd) {
}
