package org.citycoop.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The MoU as the partner coordinator confirms it; the document is optional (a scan may follow). */
public record AgreementInput(
        @NotBlank(message = "{agreement.leadSignatory.required}") @Size(max = 200, message = "{agreement.signatory.size}") String leadSignatory,
        @NotBlank(message = "{agreement.partnerSignatory.required}") @Size(max = 200, message = "{agreement.signatory.size}") String partnerSignatory,
        @NotNull(message = "{agreement.signedOn.required}") LocalDate signedOn,
        @NotNull(message = "{agreement.expiresOn.required}") LocalDate expiresOn,
        String documentName,
        byte[] documentContent) {
}
