package org.citycoop.funding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The officer's choice of scheme with a first estimate of amount and duration; the decision
 * {@code FundingEligibility} then says whether the application may go ahead. A mutable bean so
 * that a form can bind to it; the server checks it again.
 */
public class SchemeChoice {

    @NotBlank(message = "{funding.scheme.required}")
    private String schemeCode;

    @NotNull(message = "{funding.requestedAmount.required}")
    @Positive(message = "{funding.requestedAmount.range}")
    @Max(value = 10_000_000_000L, message = "{funding.requestedAmount.range}")
    private Long requestedAmountJpy;

    @NotNull(message = "{funding.duration.required}")
    @Min(value = 1, message = "{funding.duration.range}")
    @Max(value = 120, message = "{funding.duration.range}")
    private Integer durationMonths;

    public String getSchemeCode() {
        return schemeCode;
    }

    public void setSchemeCode(String schemeCode) {
        this.schemeCode = schemeCode;
    }

    public Long getRequestedAmountJpy() {
        return requestedAmountJpy;
    }

    public void setRequestedAmountJpy(Long requestedAmountJpy) {
        this.requestedAmountJpy = requestedAmountJpy;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }
}
