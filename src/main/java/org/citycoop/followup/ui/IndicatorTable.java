package org.citycoop.followup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.stream.Collectors;
import org.citycoop.followup.IndicatorProgress;
import org.citycoop.followup.Measurement;

/**
 * The indicator targets of an action plan: baseline, target and, when asked for, the actual values
 * reported so far, one line per round (a chart comes later).
 */
class IndicatorTable extends Grid<IndicatorProgress> {

    IndicatorTable(List<IndicatorProgress> progress, boolean withActuals) {
        addClassName("indicator-table");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addColumn(row -> row.target().indicator().name()).setHeader(getTranslation("followup.target.indicator"))
                .setWidth("11em").setFlexGrow(2).setKey("indicator");
        addColumn(row -> row.target().indicator().unit()).setHeader(getTranslation("followup.target.unit")).setAutoWidth(true);
        addColumn(row -> Values.number(row.target().baseline())).setHeader(getTranslation("followup.target.baseline"))
                .setAutoWidth(true);
        addColumn(row -> Values.number(row.target().target()) + " (" + Values.date(row.target().targetDate()) + ")")
                .setHeader(getTranslation("followup.target.target-by")).setWidth("9em").setFlexGrow(1);
        if (withActuals) {
            addColumn(new ComponentRenderer<>(row -> actuals(row.actuals()))).setHeader(getTranslation("followup.actuals"))
                    .setWidth("18em").setFlexGrow(3).setKey("actuals");
        }
        setItems(progress);
        setAllRowsVisible(true);
    }

    private Span actuals(List<Measurement> measurements) {
        Span text = new Span(measurements.isEmpty() ? getTranslation("followup.actuals.none")
                : measurements.stream().map(this::line).collect(Collectors.joining("\n")));
        text.getStyle().set("white-space", "pre-line");
        return text;
    }

    private String line(Measurement measurement) {
        String line = getTranslation("followup.actual.line", measurement.round(), Values.number(measurement.value()),
                Values.date(measurement.measuredOn()));
        if (!measurement.accepted()) {
            line += " " + getTranslation("followup.actual.under-review");
        }
        if (measurement.comment() != null) {
            line += " — " + measurement.comment();
        }
        if (measurement.evidenceName() != null) {
            line += " " + getTranslation("followup.actual.evidence", measurement.evidenceName());
        }
        return line;
    }
}
