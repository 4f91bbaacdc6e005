package org.citycoop.funding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** One line of an application's budget: what it pays for and how much. */
public class BudgetLine {

    @NotBlank(message = "{funding.budgetLine.item.required}")
    @Size(max = 200, message = "{funding.budgetLine.item.size}")
    private String item;

    @NotNull(message = "{funding.budgetLine.amount.required}")
    @Positive(message = "{funding.budgetLine.amount.range}")
    @Max(value = 10_000_000_000L, message = "{funding.budgetLine.amount.range}")
    private Long amountJpy;

    public BudgetLine() {
    }

    public BudgetLine(String item, Long amountJpy) {
        this.item = item;
        this.amountJpy = amountJpy;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public Long getAmountJpy() {
        return amountJpy;
    }

    public void setAmountJpy(Long amountJpy) {
        this.amountJpy = amountJpy;
    }
}
