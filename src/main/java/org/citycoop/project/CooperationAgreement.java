package org.citycoop.project;

import java.time.LocalDate;

/** The agreement (MoU) between the lead and the partner city as confirmed, with its current expiry date. */
public record CooperationAgreement(String leadSignatory, String partnerSignatory, LocalDate signedOn, LocalDate expiresOn) {
}
