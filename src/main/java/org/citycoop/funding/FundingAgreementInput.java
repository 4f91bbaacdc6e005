package org.citycoop.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The funding agreement as signed: the approved amount, the contract period, and the
 * disbursement schedule, whose instalments must add up to the approved amount. The reporting
 * duties follow from the scheme and the contract period.
 */
public class FundingAgreementInput {

    @NotNull(message = "{funding.agreement.amount.required}")
    @Positive(message = "{funding.agreement.amount.range}")
    @Max(value = 10_000_000_000L, message = "{funding.agreement.amount.range}")
    private Long approvedAmountJpy;

    @NotNull(message = "{funding.agreement.contractStart.required}")
    private LocalDate contractStart;

    @NotNull(message = "{funding.agreement.contractEnd.required}")
    private LocalDate contractEnd;

    @NotEmpty(message = "{funding.instalments.required}")
    @Size(max = 60, message = "{funding.instalments.size}")
    private List<@Valid @NotNull(message = "{funding.instalments.required}") Instalment> instalments = new ArrayList<>();

    public Long getApprovedAmountJpy() {
        return approvedAmountJpy;
    }

    public void setApprovedAmountJpy(Long approvedAmountJpy) {
        this.approvedAmountJpy = approvedAmountJpy;
    }

    public LocalDate getContractStart() {
        return contractStart;
    }

    public void setContractStart(LocalDate contractStart) {
        this.contractStart = contractStart;
    }

    public LocalDate getContractEnd() {
        return contractEnd;
    }

    public void setContractEnd(LocalDate contractEnd) {
        this.contractEnd = contractEnd;
    }

    public List<Instalment> getInstalments() {
        return instalments;
    }

    public void setInstalments(List<Instalment> instalments) {
        this.instalments = instalments == null ? new ArrayList<>() : new ArrayList<>(instalments);
    }
}
