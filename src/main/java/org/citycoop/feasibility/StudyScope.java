package org.citycoop.feasibility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a feasibility study covers and its terms of reference. A mutable bean so that a form can
 * bind to it; the server checks it again with bean validation before anything is stored.
 */
public class StudyScope {

    @NotBlank(message = "{feasibility.scope.required}")
    @Size(max = 4000, message = "{feasibility.scope.size}")
    private String scope;

    @NotBlank(message = "{feasibility.termsOfReference.required}")
    @Size(max = 4000, message = "{feasibility.termsOfReference.size}")
    private String termsOfReference;

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getTermsOfReference() {
        return termsOfReference;
    }

    public void setTermsOfReference(String termsOfReference) {
        this.termsOfReference = termsOfReference;
    }
}
