package org.citycoop.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.internal.JacksonUtils;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.citycoop.base.ui.ChartData.Series;
import org.junit.jupiter.api.Test;

/** The JSON a chart element receives: chart.js's kind, labels and values as data, gaps as null, text as strings. */
class ChartDataTest {

    @Test
    void aChartIsSentAsJsonDataWithItsTextAsStrings() {
        String markup = "<img src=x onerror=alert(1)>";
        ChartData data = new ChartData(ChartData.Kind.LINE, List.of("Round 1", markup),
                List.of(Series.measured(markup, Arrays.asList(new BigDecimal("4.5"), null)),
                        Series.reference("Target", new BigDecimal("10"), 2)),
                "t/day", "Chart of " + markup);

        JsonNode json = JacksonUtils.beanToJson(data);

        assertThat(json.get("kind").asText()).isEqualTo("line");
        assertThat(json.get("labels").get(1).isTextual()).isTrue();
        assertThat(json.get("labels").get(1).asText()).isEqualTo(markup);
        JsonNode actual = json.get("series").get(0);
        assertThat(actual.get("name").asText()).isEqualTo(markup);
        assertThat(actual.get("values").get(0).decimalValue()).isEqualByComparingTo("4.5");
        assertThat(actual.get("values").get(1).isNull()).as("a round without a value is a gap").isTrue();
        assertThat(actual.get("reference").asBoolean()).isFalse();
        JsonNode target = json.get("series").get(1);
        assertThat(target.get("values").size()).isEqualTo(2);
        assertThat(target.get("reference").asBoolean()).isTrue();
        assertThat(json.get("valueAxis").asText()).isEqualTo("t/day");
        assertThat(json.get("summary").asText()).isEqualTo("Chart of " + markup);
        assertThat(json.get("wholeNumbers").asBoolean()).as("measured values with decimals").isFalse();
    }

    @Test
    void countsAreSentAsWholeNumbersSoThatTheAxisHasNoHalfSteps() {
        ChartData counts = new ChartData(ChartData.Kind.BAR, List.of("Waste", "Water"),
                List.of(Series.measured("Projects", List.of(1L, 2L))), "Projects", "Projects by theme");
        ChartData days = new ChartData(ChartData.Kind.BAR, List.of("Proposal"),
                List.of(Series.measured("Median", List.of(2.0))), "Days", "Cycle time");

        assertThat(JacksonUtils.beanToJson(counts).get("wholeNumbers").asBoolean()).isTrue();
        assertThat(JacksonUtils.beanToJson(days).get("wholeNumbers").asBoolean()).isFalse();
    }

    @Test
    void aChartWithoutSummaryOrWithSeriesOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new ChartData(ChartData.Kind.BAR, List.of("2025"), List.of(), null, " "))
                .hasMessageContaining("summary");
        assertThatThrownBy(() -> new ChartData(ChartData.Kind.BAR, List.of("2025", "2026"),
                List.of(Series.measured("Projects", List.of(3))), null, "Projects by year"))
                .hasMessageContaining("1 values for 2 labels");
    }
}
