package org.citycoop.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.List;
import org.citycoop.base.ui.Chart;
import org.citycoop.base.ui.ChartData;
import org.citycoop.base.ui.CsvDownload;

/**
 * One dashboard panel: its title, the chart, the same figures as a table, and the table as CSV.
 * A panel without figures says so instead of drawing an empty chart.
 */
class ReportPanel extends Div {

    /** The figures of a panel: a table (header and text rows) and the chart drawn from it. */
    record Figures(List<String> header, List<List<String>> rows, ChartData chart) {
    }

    ReportPanel(String id, String title, Figures figures) {
        setId(id);
        addClassName("report-panel");
        add(new H3(title));
        if (figures.rows().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.no-data"));
            none.addClassName("report-no-data");
            add(none);
            return;
        }
        add(new Chart(figures.chart()), table(figures),
                CsvDownload.link(getTranslation("dashboard.download-csv"), id + ".csv", figures.header(), figures::rows));
    }

    private static Grid<List<String>> table(Figures figures) {
        Grid<List<String>> table = new Grid<>();
        table.addClassName("report-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        for (int column = 0; column < figures.header().size(); column++) {
            int at = column;
            // the first column names the row, wraps, and stays in view when a phone scrolls a wide table
            // sideways; a figure column is as wide as its longest figure (a yen amount does not wrap) or
            // the longest word of its header, so that no header is cut off mid-word
            Grid.Column<List<String>> added = table.addColumn(row -> row.get(at)).setHeader(figures.header().get(at))
                    .setFlexGrow(at == 0 ? 2 : 1).setWidth(at == 0 ? "8em" : widthOf(figures, at));
            added.setFrozen(at == 0);
        }
        table.setItems(figures.rows());
        table.setAllRowsVisible(true);
        return table;
    }

    private static String widthOf(Figures figures, int column) {
        int longestFigure = figures.rows().stream().mapToInt(row -> row.get(column).length()).max().orElse(0);
        int longestWord = Arrays.stream(figures.header().get(column).split("\\s+")).mapToInt(String::length).max().orElse(0);
        return Math.max(4.5, Math.max(longestFigure, longestWord) * 0.6 + 1.5) + "em";
    }
}
