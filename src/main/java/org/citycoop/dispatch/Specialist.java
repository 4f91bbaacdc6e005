package org.citycoop.dispatch;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One specialist sent: staff of the lead organisation or of one of its member municipalities. */
public record Specialist(
        @NotBlank(message = "{dispatch.specialist.name.required}") @Size(max = 200, message = "{dispatch.text.size}") String name,
        @NotBlank(message = "{dispatch.specialist.organisation.required}") String organisationCode,
        @NotBlank(message = "{dispatch.specialist.position.required}") @Size(max = 200, message = "{dispatch.text.size}") String position,
        @NotBlank(message = "{dispatch.specialist.expertise.required}") @Size(max = 500, message = "{dispatch.text.size}") String expertise) {
}
