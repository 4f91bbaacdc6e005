package org.citycoop.dashboard.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.citycoop.base.ui.ChartData.Kind;
import org.citycoop.base.ui.ChartData.Series;
import org.citycoop.base.ui.ChartData;
import org.citycoop.base.ui.FiscalYearFormat;
import org.citycoop.base.ui.Formats;
import org.citycoop.dashboard.CountByItem;
import org.citycoop.dashboard.FollowUpPunctuality;
import org.citycoop.dashboard.FundingPipelineRow;
import org.citycoop.dashboard.LeadOrganisations;
import org.citycoop.dashboard.PhaseCycleTime;
import org.citycoop.dashboard.RegionsByYear;
import org.citycoop.dashboard.ui.ReportPanel.Figures;

/**
 * Turns the dashboard service's figures into what a panel shows: the table (header and rows of
 * text, as the CSV download writes them) and the chart drawn from the same numbers.
 */
class DashboardFigures {

    private final Component texts;

    /** {@code texts}: the component whose locale the labels are translated for. */
    DashboardFigures(Component texts) {
        this.texts = texts;
    }

    Figures regionsByYear(RegionsByYear report) {
        List<String> header = new ArrayList<>(List.of(text("dashboard.column.fiscal-year")));
        report.regions().forEach(region -> header.add(text("region." + region)));
        header.add(text("dashboard.column.total"));
        List<List<String>> rows = new ArrayList<>();
        for (RegionsByYear.Row row : report.rows()) {
            List<String> cells = new ArrayList<>(List.of(jfy(row.jfy())));
            report.regions().forEach(region -> cells.add(String.valueOf(row.counts().get(region))));
            cells.add(String.valueOf(row.total()));
            rows.add(cells);
        }
        List<String> totals = new ArrayList<>(List.of(text("dashboard.column.total")));
        report.regions().forEach(region -> totals.add(String.valueOf(report.totals().get(region))));
        totals.add(String.valueOf(report.total()));
        rows.add(totals);
        List<String> years = report.rows().stream().map(row -> jfy(row.jfy())).toList();
        List<Series> series = report.regions().stream()
                .map(region -> Series.measured(text("region." + region),
                        report.rows().stream().map(row -> row.counts().get(region)).toList()))
                .toList();
        return figures(header, rows, new ChartData(Kind.BAR, years, series, text("dashboard.axis.projects"),
                text("dashboard.regions.summary", report.total(), jfy(report.fromJfy()), jfy(report.toJfy()))));
    }

    Figures leadOrganisations(LeadOrganisations report) {
        List<List<String>> rows = report.rows().stream()
                .map(row -> List.of(Formats.name(row.name()), String.valueOf(row.projects()), percent(row.share() * 100)))
                .toList();
        return figures(List.of(text("dashboard.column.lead"), text("dashboard.column.projects"), text("dashboard.column.share")), rows,
                new ChartData(Kind.BAR, report.rows().stream().map(row -> Formats.name(row.name())).toList(),
                        List.of(Series.measured(text("dashboard.axis.projects"),
                                report.rows().stream().map(LeadOrganisations.Row::projects).toList())),
                        text("dashboard.axis.projects"), text("dashboard.leads.summary", report.rows().size(), report.total())));
    }

    Figures counts(List<CountByItem> counts, String itemColumn, String countColumn, String summaryKey) {
        return counts(counts, count -> Formats.name(count.name()), itemColumn, countColumn, summaryKey);
    }

    /** Counts by theme: the screens name themes by their code (ReferenceKeys), in the reader's language. */
    Figures themeCounts(List<CountByItem> counts, String itemColumn, String countColumn, String summaryKey) {
        return counts(counts, count -> text("theme." + count.code()), itemColumn, countColumn, summaryKey);
    }

    private Figures counts(List<CountByItem> counts, Function<CountByItem, String> label, String itemColumn, String countColumn,
                           String summaryKey) {
        List<List<String>> rows = counts.stream().map(count -> List.of(label.apply(count), String.valueOf(count.count()))).toList();
        long total = counts.stream().mapToLong(CountByItem::count).sum();
        return figures(List.of(text(itemColumn), text(countColumn)), rows,
                new ChartData(Kind.BAR, counts.stream().map(label).toList(),
                        List.of(Series.measured(text(countColumn), counts.stream().map(CountByItem::count).toList())),
                        text(countColumn), text(summaryKey, total, counts.size())));
    }

    Figures fundingPipeline(List<FundingPipelineRow> pipeline) {
        List<List<String>> rows = pipeline.stream().map(row -> List.of(text("funding.scheme-name." + row.schemeCode()), jfy(row.jfy()),
                Formats.yen(row.requestedJpy()), Formats.yen(row.approvedJpy()), Formats.yen(row.disbursedJpy()))).toList();
        // the chart sums the schemes per fiscal year: three bars a year stay readable on a phone
        TreeSet<Integer> years = new TreeSet<>(pipeline.stream().map(FundingPipelineRow::jfy).toList());
        List<Series> series = List.of(
                Series.measured(text("dashboard.column.requested"), perYear(pipeline, years, FundingPipelineRow::requestedJpy)),
                Series.measured(text("dashboard.column.approved"), perYear(pipeline, years, FundingPipelineRow::approvedJpy)),
                Series.measured(text("dashboard.column.disbursed"), perYear(pipeline, years, FundingPipelineRow::disbursedJpy)));
        return figures(List.of(text("dashboard.column.scheme"), text("dashboard.column.fiscal-year"), text("dashboard.column.requested"),
                        text("dashboard.column.approved"), text("dashboard.column.disbursed")), rows,
                new ChartData(Kind.BAR, years.stream().map(this::jfy).toList(), series, text("dashboard.axis.yen"),
                        text("dashboard.funding.summary", pipeline.size())));
    }

    Figures cycleTimes(List<PhaseCycleTime> phases) {
        List<PhaseCycleTime> measured = phases.stream().filter(phase -> phase.tasks() > 0).toList();
        List<List<String>> rows = measured.stream().map(phase -> List.of(phaseName(phase), String.valueOf(phase.tasks()),
                days(phase.medianDays()), days(phase.p90Days()))).toList();
        List<Series> series = List.of(
                Series.measured(text("dashboard.column.median"), measured.stream().map(PhaseCycleTime::medianDays).toList()),
                Series.measured(text("dashboard.column.p90"), measured.stream().map(PhaseCycleTime::p90Days).toList()));
        return figures(List.of(text("dashboard.column.phase"), text("dashboard.column.tasks"), text("dashboard.column.median"),
                        text("dashboard.column.p90")), rows,
                new ChartData(Kind.BAR, measured.stream().map(this::phaseName).toList(), series, text("dashboard.axis.days"),
                        text("dashboard.cycle.summary", measured.size())));
    }

    Figures followUpPunctuality(FollowUpPunctuality punctuality) {
        if (punctuality.dueRounds() == 0) {
            return figures(List.of(), List.of(), null);
        }
        long late = punctuality.dueRounds() - punctuality.onTime();
        List<List<String>> rows = List.of(
                List.of(text("dashboard.followup.on-time"), String.valueOf(punctuality.onTime()), percent(punctuality.onTimePercent())),
                List.of(text("dashboard.followup.late"), String.valueOf(late), percent(100 - punctuality.onTimePercent())));
        return figures(List.of(text("dashboard.column.rounds"), text("dashboard.column.count"), text("dashboard.column.share")), rows,
                new ChartData(Kind.BAR, rows.stream().map(row -> row.get(0)).toList(),
                        List.of(Series.measured(text("dashboard.column.rounds"), List.of(punctuality.onTime(), late))),
                        text("dashboard.column.rounds"),
                        text("dashboard.followup.summary", percent(punctuality.onTimePercent()), punctuality.dueRounds())));
    }

    private static Figures figures(List<String> header, List<List<String>> rows, ChartData chart) {
        return new Figures(header, rows, chart);
    }

    private static List<Long> perYear(List<FundingPipelineRow> pipeline, TreeSet<Integer> years, ToLongFunction<FundingPipelineRow> amount) {
        Map<Integer, Long> sums = new TreeMap<>();
        years.forEach(year -> sums.put(year, 0L));
        pipeline.forEach(row -> sums.merge(row.jfy(), amount.applyAsLong(row), Long::sum));
        return List.copyOf(sums.values());
    }

    private String phaseName(PhaseCycleTime phase) {
        return text("inbox.phase." + phase.phase().name());
    }

    private String jfy(int year) {
        return FiscalYearFormat.of(year, Formats.screenLocale());
    }

    private String days(double days) {
        return text("dashboard.days", String.format(Locale.ROOT, "%.1f", days));
    }

    private static String percent(double percent) {
        return String.format(Locale.ROOT, "%.1f %%", percent);
    }

    private String text(String key, Object... parameters) {
        return texts.getTranslation(key, parameters);
    }
}
