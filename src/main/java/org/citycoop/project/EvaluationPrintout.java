package org.citycoop.project;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.citycoop.base.pdf.OfficialDocument;
import org.citycoop.base.pdf.OfficialDocument.Column;
import org.citycoop.base.pdf.OfficialDocument.Fact;
import org.citycoop.base.pdf.PrintTexts;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The evaluation of a project: the rating of each OECD-DAC criterion (A best to D) with its reason. */
@Service
public class EvaluationPrintout {

    private final ProjectPrintouts printouts;
    private final ImplementationService implementation;

    EvaluationPrintout(ProjectPrintouts printouts, ImplementationService implementation) {
        this.printouts = printouts;
        this.implementation = implementation;
    }

    /** Writes the evaluation to {@code out} in the language of {@code locale}, for those who may see the project. */
    @Transactional(readOnly = true)
    public void write(String projectCode, Locale locale, CityCoopUser user, OutputStream out) {
        printouts.write(projectCode, user, locale, out, "print.evaluation.title", "evaluation",
                () -> implementation.evaluation(projectCode, user), EvaluationPrintout::body);
    }

    private static void body(OfficialDocument document, PrintTexts texts, Project project, RecordedEvaluation evaluation) {
        document.heading(texts.get("print.evaluation.by")).facts(List.of(
                new Fact(texts.get("print.evaluation.evaluator"), evaluation.evaluatedBy()),
                new Fact(texts.get("print.evaluation.on"), texts.date(evaluation.evaluatedAt()))));
        document.heading(texts.get("print.evaluation.ratings")).table(
                List.of(Column.text(texts.get("print.evaluation.criterion"), 0.22f),
                        Column.text(texts.get("print.evaluation.rating"), 0.1f),
                        Column.text(texts.get("print.evaluation.reason"), 0.68f)),
                evaluation.ratings().stream().map(rating -> List.of(
                        texts.get("implementation.evaluation.criterion." + rating.criterion().name()),
                        rating.rating(), rating.comment())).toList());
        document.paragraph(texts.get("print.evaluation.scale"));
    }
}
