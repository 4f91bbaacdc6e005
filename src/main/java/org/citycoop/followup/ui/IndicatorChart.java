package org.citycoop.followup.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.citycoop.base.ui.Chart;
import org.citycoop.base.ui.ChartData;
import org.citycoop.base.ui.ChartData.Series;
import org.citycoop.base.ui.Formats;
import org.citycoop.followup.IndicatorProgress;
import org.citycoop.followup.Measurement;
import org.citycoop.project.PlannedTarget;

/**
 * One indicator over the follow-up rounds: the actual value of each round against the baseline and
 * the target, with the indicator's name above it. Values still under review are drawn too, and their
 * round says so.
 */
class IndicatorChart extends Div {

    IndicatorChart(IndicatorProgress progress) {
        addClassName("indicator-chart");
        PlannedTarget target = progress.target();
        List<Measurement> actuals = progress.actuals();
        List<String> rounds = actuals.stream().map(this::round).toList();
        List<Series> series = List.of(
                Series.measured(getTranslation("followup.chart.actual"), actuals.stream().map(Measurement::value).toList()),
                Series.reference(getTranslation("followup.target.baseline"), target.baseline(), rounds.size()),
                Series.reference(getTranslation("followup.chart.target", Formats.date(target.targetDate())), target.target(),
                        rounds.size()));
        Span title = new Span(getTranslation("followup.indicator-with-unit", Formats.name(target.indicator().name()), target.indicator().unit()));
        title.addClassName("indicator-chart-title");
        Chart chart = new Chart(new ChartData(ChartData.Kind.LINE, rounds, series, target.indicator().unit(), summary(target, actuals)));
        add(title, chart);
    }

    private String round(Measurement measurement) {
        return getTranslation(measurement.accepted() ? "followup.chart.round" : "followup.chart.round.under-review",
                measurement.round());
    }

    private String summary(PlannedTarget target, List<Measurement> actuals) {
        String values = actuals.stream()
                .map(actual -> getTranslation("followup.chart.summary.value", round(actual), Values.number(actual.value())))
                .collect(Collectors.joining("; "));
        return getTranslation("followup.chart.summary", Formats.name(target.indicator().name()), target.indicator().unit(),
                Values.number(target.baseline()), Values.number(target.target()), Formats.date(target.targetDate()), values);
    }
}
