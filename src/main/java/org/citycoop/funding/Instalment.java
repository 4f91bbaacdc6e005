package org.citycoop.funding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/** One disbursement of the approved amount: when and how much. */
public class Instalment {

    @NotNull(message = "{funding.instalment.dueOn.required}")
    private LocalDate dueOn;

    @NotNull(message = "{funding.instalment.amount.required}")
    @Positive(message = "{funding.instalment.amount.range}")
    @Max(value = 10_000_000_000L, message = "{funding.instalment.amount.range}")
    private Long amountJpy;

    public Instalment() {
    }

    public Instalment(LocalDate dueOn, Long amountJpy) {
        this.dueOn = dueOn;
        this.amountJpy = amountJpy;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getAmountJpy() {
        return amountJpy;
    }

    public void setAmountJpy(Long amountJpy) {
        this.amountJpy = amountJpy;
    }
}
