package org.citycoop.dispatch;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The terms of reference of a dispatch, written from the partner's request. */
public record TermsOfReference(
        @NotBlank(message = "{dispatch.purpose.required}") @Size(max = 2000, message = "{dispatch.text.size}") String purpose,
        @NotBlank(message = "{dispatch.tasks.required}") @Size(max = 4000, message = "{dispatch.text.size}") String tasks,
        @NotBlank(message = "{dispatch.outputs.required}") @Size(max = 4000, message = "{dispatch.text.size}") String expectedOutputs) {
}
