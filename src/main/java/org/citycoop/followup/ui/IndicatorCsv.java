package org.citycoop.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.CsvDownload;
import org.citycoop.followup.IndicatorProgress;
import org.citycoop.followup.Measurement;
import org.citycoop.project.PlannedTarget;

/**
 * The figures of the indicator chart and table as CSV: one line per indicator and round (an
 * indicator without actual values yet has one line with its baseline and target), dates as ISO
 * yyyy-mm-dd and numbers as typed, so that a spreadsheet reads them as they are.
 */
final class IndicatorCsv {

    private IndicatorCsv() {
    }

    /** The download link of {@code progress}; {@code owner} translates. */
    static Anchor link(Component owner, String projectCode, List<IndicatorProgress> progress) {
        List<String> header = List.of("followup.target.indicator", "followup.target.unit", "followup.target.baseline",
                        "followup.target.target", "followup.target.date", "followup.csv.round", "followup.csv.actual",
                        "followup.report.measured-on", "followup.csv.status").stream()
                .map(owner::getTranslation).toList();
        String accepted = owner.getTranslation("followup.csv.accepted");
        String underReview = owner.getTranslation("followup.csv.under-review");
        return CsvDownload.link(owner.getTranslation("followup.csv.download"),
                owner.getTranslation("followup.csv.file", projectCode), header, () -> rows(progress, accepted, underReview));
    }

    private static List<List<String>> rows(List<IndicatorProgress> progress, String accepted, String underReview) {
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorProgress indicator : progress) {
            List<String> plan = plan(indicator.target());
            if (indicator.actuals().isEmpty()) {
                rows.add(with(plan, "", "", "", ""));
            }
            for (Measurement actual : indicator.actuals()) {
                rows.add(with(plan, String.valueOf(actual.round()), Values.number(actual.value()),
                        String.valueOf(actual.measuredOn()), actual.accepted() ? accepted : underReview));
            }
        }
        return rows;
    }

    private static List<String> plan(PlannedTarget target) {
        return List.of(Formats.name(target.indicator().name()), target.indicator().unit(), Values.number(target.baseline()),
                Values.number(target.target()), String.valueOf(target.targetDate()));
    }

    private static List<String> with(List<String> plan, String... round) {
        List<String> row = new ArrayList<>(plan);
        row.addAll(List.of(round));
        return row;
    }
}
