package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.project.CompletionReportPrintout;
import org.citycoop.project.EvaluationPrintout;
import org.citycoop.project.ImplementationService;
import org.citycoop.project.Project;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.springframework.core.annotation.Order;

/** The project page's completion report and evaluation, once written, each with a link that prints it. */
@org.springframework.stereotype.Component
@Order(50)
class ClosingReportsSection implements ProjectPageSection {

    private final ImplementationService implementation;
    private final CompletionReportPrintout completionPrintout;
    private final EvaluationPrintout evaluationPrintout;
    private final CurrentUser currentUser;

    ClosingReportsSection(ImplementationService implementation, CompletionReportPrintout completionPrintout,
                          EvaluationPrintout evaluationPrintout, CurrentUser currentUser) {
        this.implementation = implementation;
        this.completionPrintout = completionPrintout;
        this.evaluationPrintout = evaluationPrintout;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> of(Project project, CityCoopUser user) {
        UnorderedList list = new UnorderedList();
        String code = project.code();
        implementation.completionReport(code, user).ifPresent(report -> list.add(new ListItem(
                PrintLinks.completionReport(list, completionPrintout, code, currentUser),
                quiet(list.getTranslation("projectpage.closing.completion", report.writtenBy(), Formats.date(report.writtenAt()))))));
        implementation.evaluation(code, user).ifPresent(evaluation -> list.add(new ListItem(
                PrintLinks.evaluation(list, evaluationPrintout, code, currentUser),
                quiet(list.getTranslation("projectpage.closing.evaluation", evaluation.evaluatedBy(),
                        Formats.date(evaluation.evaluatedAt()))))));
        if (list.getChildren().findAny().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(FactCards.section("project-closing", list.getTranslation("projectpage.closing"), list));
    }

    private static Component quiet(String text) {
        Span meta = new Span(text);
        meta.addClassName("entry-meta");
        return meta;
    }
}
