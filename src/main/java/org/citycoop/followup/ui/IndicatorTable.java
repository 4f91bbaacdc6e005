package org.citycoop.followup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.stream.Collectors;
import org.citycoop.base.ui.Formats;
import org.citycoop.followup.IndicatorProgress;
import org.citycoop.followup.Measurement;

/**
 * The indicator targets of an action plan: baseline, target and, when asked for, the actual values
 * reported so far, one line per round.
 */
class IndicatorTable extends Grid<IndicatorProgress> {

    IndicatorTable(List<IndicatorProgress> progress, boolean withActuals) {
        addClassName("indicator-table");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        // three columns that wrap (22em together), so that the table fits a phone's width (390 px) without scrolling sideways
        addColumn(row -> getTranslation("followup.indicator-with-unit", Formats.name(row.target().indicator().name()),
                row.target().indicator().unit())).setHeader(getTranslation("followup.target.indicator"))
                .setWidth("7em").setFlexGrow(2).setKey("indicator");
        addColumn(row -> getTranslation("followup.table.plan.value", Values.number(row.target().baseline()),
                Values.number(row.target().target()), Formats.date(row.target().targetDate())))
                .setHeader(getTranslation("followup.table.plan")).setWidth("6em").setFlexGrow(1).setKey("plan");
        if (withActuals) {
            addColumn(new ComponentRenderer<>(row -> actuals(row.actuals()))).setHeader(getTranslation("followup.actuals"))
                    .setWidth("9em").setFlexGrow(3).setKey("actuals");
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
                Formats.date(measurement.measuredOn()));
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
