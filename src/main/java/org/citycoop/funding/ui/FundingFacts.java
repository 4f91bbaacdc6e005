package org.citycoop.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.LocalDate;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.Message;
import org.citycoop.base.ui.Formats;
import org.citycoop.funding.BudgetLine;
import org.citycoop.funding.DueReport;
import org.citycoop.funding.EligibilityReason;
import org.citycoop.funding.FundingApplication;
import org.citycoop.funding.FundingApplication.Decision;
import org.citycoop.funding.FundingApplication.InternalApproval;
import org.citycoop.funding.FundingApplication.Review;
import org.citycoop.funding.FundingProject;
import org.citycoop.funding.FundingScheme;
import org.citycoop.funding.FundingScheme.ScoringCriterion;

/** What has been recorded on an application, as cards of facts above a task's form. */
final class FundingFacts {

    private FundingFacts() {
    }

    static Div project(Component owner, FundingProject project) {
        return card(owner, "funding.section.project",
                FactCards.names(fact(owner, "project.field.lead", Formats.nameWithOther(project.leadName()))),
                FactCards.names(fact(owner, "project.field.partner", Formats.nameWithOther(project.partnerName())
                        + " · " + Formats.name(project.partnerCountry()))),
                fact(owner, "project.field.region", owner.getTranslation("region." + project.region())),
                fact(owner, "project.field.period", date(project.plannedStart()) + " – " + date(project.plannedEnd())));
    }

    static Div application(Component owner, FundingApplication application) {
        Div card = card(owner, "funding.section.application",
                fact(owner, "funding.field.scheme", owner.getTranslation(application.scheme().nameKey())),
                fact(owner, "funding.field.agency", application.scheme().agencyCode()),
                fact(owner, "funding.field.requested-amount", Formats.yen(application.requestedAmountJpy())),
                fact(owner, "funding.field.duration", owner.getTranslation("funding.months", application.durationMonths())),
                fact(owner, "funding.field.status", owner.getTranslation("funding.status." + application.status().name())));
        if (application.objectives() != null) {
            card.add(wideFact(owner, "funding.field.objectives", application.objectives()),
                    wideFact(owner, "funding.field.activities", application.activities()));
        }
        if (!application.budgetLines().isEmpty()) {
            UnorderedList lines = new UnorderedList();
            for (BudgetLine line : application.budgetLines()) {
                lines.add(new ListItem(line.getItem() + ": " + Formats.yen(line.getAmountJpy())));
            }
            lines.add(new ListItem(owner.getTranslation("funding.budget.total", Formats.yen(application.budgetTotalJpy()))));
            Div budget = wideFact(owner, "funding.field.budget-lines", "");
            budget.add(lines);
            card.add(budget);
        }
        return card;
    }

    static Div report(Component owner, DueReport report) {
        return card(owner, "funding.section.report",
                fact(owner, "funding.report.which", report.title().in(Formats.screenLocale())),
                fact(owner, "funding.report.scheme", owner.getTranslation(FundingScheme.nameKey(report.schemeCode()))),
                fact(owner, "funding.report.period-end", date(report.opensOn())),
                fact(owner, "funding.report.due", date(report.dueOn())));
    }

    static Div scheme(Component owner, FundingScheme scheme) {
        return card(owner, "funding.section.scheme",
                fact(owner, "funding.field.scheme", owner.getTranslation(scheme.nameKey())),
                fact(owner, "funding.field.agency", scheme.agencyCode()),
                fact(owner, "funding.field.cap", Formats.yen(scheme.maxAmountJpy())),
                fact(owner, "funding.field.max-duration", owner.getTranslation("funding.months", scheme.maxDurationMonths())),
                wideFact(owner, "funding.field.description", owner.getTranslation(scheme.descriptionKey())));
    }

    /** Every reason why the last choice was not eligible, as a warning the officer cannot miss. */
    static Div reasons(Component owner, FundingApplication application) {
        UnorderedList list = new UnorderedList();
        for (EligibilityReason reason : application.eligibilityReasons()) {
            list.add(new ListItem(reason.message().in(Formats.screenLocale())));
        }
        return note(owner.getTranslation("funding.choose.reasons", owner.getTranslation(application.scheme().nameKey())), list);
    }

    static Div returned(Component owner, InternalApproval approval) {
        return note(owner.getTranslation("funding.draft.returned", approval.decidedBy(), date(approval.decidedAt())),
                paragraph(approval.comment()));
    }

    static Div submissionProblem(Component owner, Message problem) {
        return note(owner.getTranslation("funding.draft.submission-problem"), paragraph(problem.in(Formats.screenLocale())));
    }

    static Div revisionRequest(Component owner, Decision decision) {
        return note(owner.getTranslation("funding.revise.request", decision.decidedBy(), date(decision.revisionDeadline())),
                paragraph(decision.reason()));
    }

    static Div reviews(Component owner, FundingApplication application) {
        Div card = card(owner, "funding.section.reviews");
        for (Review review : application.reviews()) {
            Div fact = labelled(owner.getTranslation("funding.review.by", review.reviewer(),
                    review.weightedScore().toPlainString(), review.submission()), review.comment());
            fact.getStyle().set("grid-column", "1 / -1");
            UnorderedList scores = new UnorderedList();
            for (ScoringCriterion criterion : application.scheme().criteria()) {
                scores.add(new ListItem(owner.getTranslation("funding.review.score",
                        owner.getTranslation(application.scheme().criterionKey(criterion)),
                        String.valueOf(review.scores().getOrDefault(criterion.code(), 0)), criterion.weight())));
            }
            long open = application.scheme().checklist().stream().filter(item -> !review.fulfilled().contains(item.code())).count();
            scores.add(new ListItem(owner.getTranslation("funding.review.checklist", review.fulfilled().size(),
                    review.fulfilled().size() + open)));
            fact.add(scores);
            card.add(fact);
        }
        return card;
    }

    private static Div note(String title, Component body) {
        Div note = new Div(new Span(title), body);
        note.addClassName("manager-comment");
        return note;
    }

    private static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text);
        paragraph.getStyle().set("white-space", "pre-line");
        return paragraph;
    }

    static String date(LocalDate date) {
        return Formats.date(date);
    }

    static String date(Instant instant) {
        return Formats.date(instant);
    }

    private static Div card(Component owner, String titleKey, Component... facts) {
        return FactCards.card(owner.getTranslation(titleKey), facts);
    }

    private static Div fact(Component owner, String labelKey, String value) {
        return labelled(owner.getTranslation(labelKey), value);
    }

    private static Div labelled(String labelText, String value) {
        return FactCards.fact(labelText, value);
    }

    private static Div wideFact(Component owner, String labelKey, String value) {
        Div fact = fact(owner, labelKey, value);
        fact.getStyle().set("grid-column", "1 / -1");
        return fact;
    }
}
