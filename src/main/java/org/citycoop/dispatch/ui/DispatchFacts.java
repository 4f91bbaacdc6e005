package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.citycoop.base.ui.Formats;
import org.citycoop.dispatch.Dispatch;
import org.citycoop.dispatch.Dispatch.Approval;
import org.citycoop.dispatch.Dispatch.Member;
import org.citycoop.dispatch.Dispatch.Question;
import org.citycoop.dispatch.Dispatch.Report;
import org.citycoop.dispatch.DispatchProject;

/** A dispatch as recorded so far, as cards of label and value above a task's form. */
final class DispatchFacts {

    private DispatchFacts() {
    }

    static Div item(Component owner, DispatchProject project) {
        return card(owner.getTranslation("dispatch.section.item"),
                fact(owner, "dispatch.field.item", project.itemTitle()),
                fact(owner, "dispatch.field.planned", date(project.plannedStart()) + " – " + date(project.plannedEnd())),
                fact(owner, "dispatch.field.lead", project.leadName()),
                fact(owner, "dispatch.field.partner", project.partnerName() + " (" + project.partnerCountryIso2() + ")"));
    }

    /** Terms of reference, then the plan, decisions, report and questions as far as they exist. */
    static Div mission(Component owner, Dispatch dispatch) {
        Div mission = new Div(card(owner.getTranslation("dispatch.section.terms"),
                wide(fact(owner, "dispatch.field.purpose", dispatch.terms().purpose())),
                wide(fact(owner, "dispatch.field.tasks", dispatch.terms().tasks())),
                wide(fact(owner, "dispatch.field.outputs", dispatch.terms().expectedOutputs()))));
        mission.setWidthFull();
        if (dispatch.isPlanned()) {
            mission.add(plan(owner, dispatch));
        }
        dispatch.report().ifPresent(report -> mission.add(report(owner, report)));
        if (!dispatch.questions().isEmpty()) {
            mission.add(questions(owner, dispatch));
        }
        return mission;
    }

    private static Div plan(Component owner, Dispatch dispatch) {
        UnorderedList specialists = new UnorderedList();
        for (Member member : dispatch.specialists()) {
            specialists.add(new ListItem(owner.getTranslation("dispatch.specialist.line", member.specialist().name(),
                    member.specialist().position(), member.organisationName(), member.specialist().expertise())));
        }
        Div people = wide(fact(owner, "dispatch.field.specialists", ""));
        people.add(specialists);
        Div card = card(owner.getTranslation("dispatch.section.plan"),
                fact(owner, "dispatch.field.destination", dispatch.destinationName() + " (" + dispatch.destinationIso2() + ")"),
                fact(owner, "dispatch.field.dates", owner.getTranslation("dispatch.dates", date(dispatch.departureOn()),
                        date(dispatch.returnOn()), dispatch.durationDays())),
                fact(owner, "dispatch.field.cost", Formats.yen(dispatch.costEstimateJpy())),
                fact(owner, "dispatch.field.approval-level", dispatch.approvalLevel() == null ? ""
                        : owner.getTranslation("dispatch.approval-level." + dispatch.approvalLevel().name())),
                people);
        for (Approval approval : dispatch.approvals()) {
            card.add(wide(labelled(owner.getTranslation("dispatch.approval." + approval.approved(),
                    owner.getTranslation("dispatch.role." + approval.role()), approval.decidedBy(), date(approval.decidedAt())),
                    approval.reason())));
        }
        return card;
    }

    private static Div report(Component owner, Report report) {
        Div card = card(owner.getTranslation("dispatch.section.report", report.submittedBy(), date(report.submittedAt())),
                wide(fact(owner, "dispatch.field.activities", report.activities())),
                wide(fact(owner, "dispatch.field.findings", report.findings())),
                wide(fact(owner, "dispatch.field.recommendations", report.recommendations())),
                fact(owner, "dispatch.field.document", report.documentName() == null
                        ? owner.getTranslation("dispatch.no-document") : report.documentName()));
        if (report.acknowledgedBy() != null) {
            card.add(fact(owner, "dispatch.field.acknowledged-by", report.acknowledgedBy()));
        }
        return card;
    }

    private static Div questions(Component owner, Dispatch dispatch) {
        Div card = card(owner.getTranslation("dispatch.section.questions"));
        for (Question question : dispatch.questions()) {
            card.add(wide(labelled(owner.getTranslation("dispatch.question.by", question.askedBy(), date(question.askedAt())),
                    question.question())));
            if (question.answer() != null) {
                card.add(wide(labelled(owner.getTranslation("dispatch.answer.by", question.answeredBy()), question.answer())));
            }
        }
        return card;
    }

    /** Something the reader must act on (a refusal, a travel-safety block, a question), in the comment style. */
    static Div note(String title, String text) {
        Paragraph body = new Paragraph(text == null ? "" : text);
        body.getStyle().set("white-space", "pre-line");
        Div note = new Div(new Span(title), body);
        note.addClassName("manager-comment");
        return note;
    }

    static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    static String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(ZoneId.of("Asia/Tokyo")).toLocalDate());
    }

    private static Locale locale() {
        return Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.ENGLISH);
    }

    private static Div card(String title, Component... facts) {
        Div card = new Div(new H3(title));
        card.add(facts);
        card.addClassName("project-summary");
        return card;
    }

    private static Div fact(Component owner, String labelKey, String value) {
        return labelled(owner.getTranslation(labelKey), value);
    }

    private static Div labelled(String labelText, String value) {
        Span label = new Span(labelText);
        label.addClassName("fact-label");
        Span text = new Span(value == null ? "" : value);
        text.addClassName("fact-value");
        text.getStyle().set("white-space", "pre-line");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }

    private static Div wide(Div fact) {
        fact.getStyle().set("grid-column", "1 / -1");
        return fact;
    }
}
