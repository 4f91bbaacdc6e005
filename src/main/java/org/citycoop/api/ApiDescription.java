package org.citycoop.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The head of the OpenAPI description served at {@code /api/openapi.json}: every call is HTTP Basic. */
@Configuration
@OpenAPIDefinition(info = @Info(title = "CityCoop API", version = "1",
        description = "Projects of the caller's organisation, imports for administrators. Errors are RFC 9457 problem details."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class ApiDescription {
}
