package org.citycoop.feasibility.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.NumberFormat;
import org.citycoop.base.ui.Formats;
import org.citycoop.feasibility.FeasibilityStudy;
import org.citycoop.feasibility.StudyReview;

/** The parts of a feasibility study recorded so far, as cards of facts above a task's form. */
final class StudyFacts {

    private StudyFacts() {
    }

    static Div scope(Component owner, FeasibilityStudy study) {
        return card(owner, "feasibility.section.scope",
                wideFact(owner, "feasibility.field.scope", study.scope()),
                wideFact(owner, "feasibility.field.terms-of-reference", study.termsOfReference()));
    }

    static Div survey(Component owner, FeasibilityStudy study) {
        String contact = study.partnerContactName()
                + (study.partnerContactEmail() == null ? "" : " <" + study.partnerContactEmail() + ">");
        return card(owner, "feasibility.section.survey",
                fact(owner, "feasibility.field.survey-period", Formats.date(study.surveyStart()) + " – " + Formats.date(study.surveyEnd())),
                fact(owner, "feasibility.field.partner-contact-name", contact),
                wideFact(owner, "feasibility.field.team-members", study.teamMembers()));
    }

    static Div findings(Component owner, FeasibilityStudy study, Component reportLink) {
        Div report = fact(owner, "feasibility.field.report", "");
        report.add(reportLink);
        return card(owner, "feasibility.section.findings",
                wideFact(owner, "feasibility.field.recommended-technology", study.recommendedTechnology()),
                fact(owner, "feasibility.field.estimated-cost", Formats.yen(study.estimatedCostJpy())),
                fact(owner, "feasibility.field.waste-diverted", tonnes(owner, study.wasteDivertedTonnesPerYear())),
                fact(owner, "feasibility.field.co2-reduced", tonnes(owner, study.co2ReducedTonnesPerYear())),
                wideFact(owner, "feasibility.field.expected-effect", study.expectedEffect()),
                report);
    }

    /** The manager's last comment, as the officer sees it when revising. */
    static Div reviewComment(Component owner, StudyReview review) {
        String when = Formats.date(review.reviewedAt());
        Paragraph comment = new Paragraph(review.comment() == null ? "" : review.comment());
        comment.getStyle().set("white-space", "pre-line");
        Div note = new Div(new Span(owner.getTranslation("feasibility.review.comment-by", review.reviewedBy(), when)), comment);
        note.addClassName("manager-comment");
        return note;
    }

    private static String tonnes(Component owner, BigDecimal value) {
        if (value == null) {
            return owner.getTranslation("feasibility.not-applicable");
        }
        NumberFormat number = NumberFormat.getNumberInstance(Formats.screenLocale());
        number.setMaximumFractionDigits(1);
        return owner.getTranslation("feasibility.tonnes-per-year", number.format(value));
    }

    private static Div card(Component owner, String titleKey, Component... facts) {
        Div card = new Div(new H3(owner.getTranslation(titleKey)));
        card.add(facts);
        card.addClassName("project-summary");
        return card;
    }

    private static Div fact(Component owner, String labelKey, String value) {
        Span label = new Span(owner.getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        text.getStyle().set("white-space", "pre-line");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }

    /** A fact with a long text: it takes the whole width of the card. */
    private static Div wideFact(Component owner, String labelKey, String value) {
        Div fact = fact(owner, labelKey, value);
        fact.getStyle().set("grid-column", "1 / -1");
        return fact;
    }
}
