package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.LocalDate;
import org.citycoop.base.ui.FactCards;
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
                FactCards.names(fact(owner, "dispatch.field.lead", Formats.nameWithOther(project.leadName()))),
                FactCards.names(fact(owner, "dispatch.field.partner",
                        Formats.nameWithOther(project.partnerName()) + " (" + project.partnerCountryIso2() + ")")));
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
                    member.specialist().position(), Formats.name(member.organisationName()), member.specialist().expertise())));
        }
        Div people = wide(fact(owner, "dispatch.field.specialists", ""));
        people.add(specialists);
        Div card = card(owner.getTranslation("dispatch.section.plan"),
                fact(owner, "dispatch.field.destination", Formats.name(dispatch.destinationName()) + " (" + dispatch.destinationIso2() + ")"),
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

    static Div note(String title, String text) {
        return FactCards.note(title, text);
    }

    static String date(LocalDate date) {
        return Formats.date(date);
    }

    static String date(Instant instant) {
        return Formats.date(instant);
    }

    private static Div card(String title, Component... facts) {
        return FactCards.card(title, facts);
    }

    private static Div fact(Component owner, String labelKey, String value) {
        return FactCards.fact(owner.getTranslation(labelKey), value);
    }

    private static Div labelled(String labelText, String value) {
        return FactCards.fact(labelText, value);
    }

    private static Div wide(Div fact) {
        return FactCards.wide(fact);
    }
}
