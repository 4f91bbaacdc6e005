package org.citycoop.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of an application: objectives, activities, duration and the budget. The requested
 * amount must equal the sum of the budget lines (checked by the service, which names the field).
 */
public class ApplicationDraft {

    @NotBlank(message = "{funding.objectives.required}")
    @Size(max = 4000, message = "{funding.objectives.size}")
    private String objectives;

    @NotBlank(message = "{funding.activities.required}")
    @Size(max = 4000, message = "{funding.activities.size}")
    private String activities;

    @NotNull(message = "{funding.duration.required}")
    @Min(value = 1, message = "{funding.duration.range}")
    @Max(value = 120, message = "{funding.duration.range}")
    private Integer durationMonths;

    @NotNull(message = "{funding.requestedAmount.required}")
    @Positive(message = "{funding.requestedAmount.range}")
    @Max(value = 10_000_000_000L, message = "{funding.requestedAmount.range}")
    private Long requestedAmountJpy;

    @NotEmpty(message = "{funding.budgetLines.required}")
    @Size(max = 50, message = "{funding.budgetLines.size}")
    private List<@Valid @NotNull(message = "{funding.budgetLines.required}") BudgetLine> budgetLines = new ArrayList<>();

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getActivities() {
        return activities;
    }

    public void setActivities(String activities) {
        this.activities = activities;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public Long getRequestedAmountJpy() {
        return requestedAmountJpy;
    }

    public void setRequestedAmountJpy(Long requestedAmountJpy) {
        this.requestedAmountJpy = requestedAmountJpy;
    }

    public List<BudgetLine> getBudgetLines() {
        return budgetLines;
    }

    public void setBudgetLines(List<BudgetLine> budgetLines) {
        this.budgetLines = budgetLines == null ? new ArrayList<>() : new ArrayList<>(budgetLines);
    }
}
