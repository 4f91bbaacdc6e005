package org.citycoop.funding;

import java.time.LocalDate;
import org.citycoop.name.Name;

/** The facts of the project an application is for, as the funding screens and the eligibility rules need them. */
public record FundingProject(long id, String code, String title, String leadCode, Name leadName, String leadKind,
                             Name partnerName, Name partnerCountry, String region, LocalDate plannedStart,
                             LocalDate plannedEnd) {
}
