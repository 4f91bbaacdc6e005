package org.citycoop.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.citycoop.base.CsvTable;
import org.citycoop.organisation.OrganisationImport;
import org.citycoop.project.ProjectImport;
import org.citycoop.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/organisations/import} and {@code POST /api/projects/import}, body {@code text/csv}:
 * 200 {@code {"imported": n}}, or 422 with every bad row and nothing imported. Administrators only
 * (the services check the role).
 */
@RestController
class ImportController {

    /** For the OpenAPI description, which cannot see a body read from the request stream. */
    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    private static final String CSV_BODY = "UTF-8, a header row, commas; quoted fields allowed; at most 5 MB";

    private final OrganisationImport organisationImport;
    private final ProjectImport projectImport;
    private final CurrentUser currentUser;

    ImportController(OrganisationImport organisationImport, ProjectImport projectImport, CurrentUser currentUser) {
        this.organisationImport = organisationImport;
        this.projectImport = projectImport;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Import organisations (code,name_en,name_ja,kind,country,parent_code; one name at least); existing codes are updated")
    @RequestBody(required = true, description = CSV_BODY, content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @PostMapping(path = "/api/organisations/import", produces = "application/json")
    Map<String, Integer> organisations(HttpServletRequest request) throws IOException {
        return Map.of("imported", organisationImport.importCsv(body(request), currentUser.require()));
    }

    @Operation(summary = "Import historical projects (code,title,lead_code,partner_code,theme,cooperation_type,"
            + "funding_scheme,start_date,end_date,budget_jpy,status); an imported code is updated")
    @RequestBody(required = true, description = CSV_BODY, content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @PostMapping(path = "/api/projects/import", produces = "application/json")
    Map<String, Integer> projects(HttpServletRequest request) throws IOException {
        return Map.of("imported", projectImport.importCsv(body(request), currentUser.require()));
    }

    /**
     * The body, read no further than the import's size limit: a larger body, or one of another
     * type, is refused unread. The type is checked here rather than by {@code consumes}: a request
     * that matches no handler would leave the API's problem details ({@link ApiProblems}).
     */
    private static byte[] body(HttpServletRequest request) throws IOException {
        if (!isCsv(request.getContentType())) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the file as Content-Type text/csv (UTF-8).");
        }
        byte[] body = request.getInputStream().readNBytes(CsvTable.MAX_BYTES + 1);
        if (body.length > CsvTable.MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "An import file may have at most 5 MB: split it into several files.");
        }
        return body;
    }

    private static boolean isCsv(String contentType) {
        try {
            return contentType != null && TEXT_CSV.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
