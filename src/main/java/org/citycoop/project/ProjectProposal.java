package org.citycoop.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What an officer proposes. A mutable bean so that a form can bind to it; the server checks it
 * again with bean validation before anything is stored. Messages name the field and say what to do.
 */
public class ProjectProposal {

    @NotBlank(message = "{project.title.required}")
    @Size(max = 200, message = "{project.title.size}")
    private String title;

    @NotBlank(message = "{project.partner.required}")
    private String partnerCode;

    @NotBlank(message = "{project.theme.required}")
    private String themeCode;

    @NotBlank(message = "{project.type.required}")
    private String cooperationTypeCode;

    @NotNull(message = "{project.plannedStart.required}")
    private LocalDate plannedStart;

    @NotNull(message = "{project.plannedEnd.required}")
    private LocalDate plannedEnd;

    @NotNull(message = "{project.budget.required}")
    @PositiveOrZero(message = "{project.budget.range}")
    @Max(value = 100_000_000_000L, message = "{project.budget.range}")
    private Long budgetJpy;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public void setPartnerCode(String partnerCode) {
        this.partnerCode = partnerCode;
    }

    public String getThemeCode() {
        return themeCode;
    }

    public void setThemeCode(String themeCode) {
        this.themeCode = themeCode;
    }

    public String getCooperationTypeCode() {
        return cooperationTypeCode;
    }

    public void setCooperationTypeCode(String cooperationTypeCode) {
        this.cooperationTypeCode = cooperationTypeCode;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public Long getBudgetJpy() {
        return budgetJpy;
    }

    public void setBudgetJpy(Long budgetJpy) {
        this.budgetJpy = budgetJpy;
    }
}
