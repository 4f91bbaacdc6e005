package org.citycoop.feasibility;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What a study found: the recommended technology, its estimated cost and the expected effect,
 * in words and, where the theme has them, in tonnes per year. A number left empty means "not
 * applicable" (a sewerage study diverts no waste); zero means "none expected".
 */
public class StudyFindings {

    @NotBlank(message = "{feasibility.recommendedTechnology.required}")
    @Size(max = 500, message = "{feasibility.recommendedTechnology.size}")
    private String recommendedTechnology;

    @NotNull(message = "{feasibility.estimatedCost.required}")
    @PositiveOrZero(message = "{feasibility.estimatedCost.range}")
    @Max(value = 100_000_000_000L, message = "{feasibility.estimatedCost.range}")
    private Long estimatedCostJpy;

    @NotBlank(message = "{feasibility.expectedEffect.required}")
    @Size(max = 4000, message = "{feasibility.expectedEffect.size}")
    private String expectedEffect;

    @DecimalMin(value = "0", message = "{feasibility.wasteDiverted.range}")
    @Digits(integer = 9, fraction = 1, message = "{feasibility.wasteDiverted.range}")
    private BigDecimal wasteDivertedTonnesPerYear;

    @DecimalMin(value = "0", message = "{feasibility.co2Reduced.range}")
    @Digits(integer = 9, fraction = 1, message = "{feasibility.co2Reduced.range}")
    private BigDecimal co2ReducedTonnesPerYear;

    public String getRecommendedTechnology() {
        return recommendedTechnology;
    }

    public void setRecommendedTechnology(String recommendedTechnology) {
        this.recommendedTechnology = recommendedTechnology;
    }

    public Long getEstimatedCostJpy() {
        return estimatedCostJpy;
    }

    public void setEstimatedCostJpy(Long estimatedCostJpy) {
        this.estimatedCostJpy = estimatedCostJpy;
    }

    public String getExpectedEffect() {
        return expectedEffect;
    }

    public void setExpectedEffect(String expectedEffect) {
        this.expectedEffect = expectedEffect;
    }

    public BigDecimal getWasteDivertedTonnesPerYear() {
        return wasteDivertedTonnesPerYear;
    }

    public void setWasteDivertedTonnesPerYear(BigDecimal wasteDivertedTonnesPerYear) {
        this.wasteDivertedTonnesPerYear = wasteDivertedTonnesPerYear;
    }

    public BigDecimal getCo2ReducedTonnesPerYear() {
        return co2ReducedTonnesPerYear;
    }

    public void setCo2ReducedTonnesPerYear(BigDecimal co2ReducedTonnesPerYear) {
        this.co2ReducedTonnesPerYear = co2ReducedTonnesPerYear;
    }
}
