package org.citycoop.funding;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citycoop.base.pdf.NothingToPrintException;
import org.citycoop.base.pdf.OfficialDocument;
import org.citycoop.base.pdf.OfficialDocument.Column;
import org.citycoop.base.pdf.OfficialDocument.Fact;
import org.citycoop.base.pdf.PrintTexts;
import org.citycoop.funding.FundingApplication.Agreement;
import org.citycoop.funding.FundingApplication.Decision;
import org.citycoop.funding.internal.FundingRepository;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A funding application as a PDF to print and file: the project, the scheme, the amount and
 * duration, objectives and activities, the budget, and the agency's decision and the agreement once
 * there are. Whoever may see the application (the lead, the partner city, the agency once it is
 * submitted) may print it, as {@link FundingService#application} decides; the agency's reviews are not printed.
 */
@Service
public class FundingApplicationPrintout {

    private final FundingService funding;
    private final FundingRepository applications;
    private final Clock clock;

    FundingApplicationPrintout(FundingService funding, FundingRepository applications, Clock clock) {
        this.funding = funding;
        this.applications = applications;
        this.clock = clock;
    }

    /** Writes round {@code round} of the project's application to {@code out}, in the language of {@code locale}. */
    @Transactional(readOnly = true)
    public void write(String projectCode, int round, Locale locale, CityCoopUser user, OutputStream out) {
        FundingApplication application = funding.application(projectCode, round, user)
                .orElseThrow(() -> new NothingToPrintException("funding application " + round, projectCode));
        FundingProject project = applications.project(projectCode).orElseThrow();
        PrintTexts texts = PrintTexts.of(locale);
        OfficialDocument document = OfficialDocument.titled(texts, texts.get("print.funding.title"), project.leadName().in(locale),
                project.code(), project.title(), LocalDate.now(clock));
        document.facts(List.of(
                new Fact(texts.get("print.project.lead"), project.leadName().withOther(locale)),
                new Fact(texts.get("print.project.partner"), project.partnerName().withOther(locale)),
                new Fact(texts.get("print.funding.scheme"), texts.get(application.scheme().nameKey())),
                new Fact(texts.get("print.funding.round"), String.valueOf(application.round())),
                new Fact(texts.get("print.funding.status"), texts.get("funding.status." + application.status().name())),
                new Fact(texts.get("print.funding.submitted"), texts.date(application.submittedAt())),
                new Fact(texts.get("print.funding.requested"), texts.yen(application.requestedAmountJpy())),
                new Fact(texts.get("print.funding.duration"), texts.get("print.funding.months", application.durationMonths()))));
        document.heading(texts.get("print.funding.objectives")).paragraph(application.objectives());
        document.heading(texts.get("print.funding.activities")).paragraph(application.activities());
        document.heading(texts.get("print.funding.budget")).table(
                List.of(Column.text(texts.get("print.funding.budget.item"), 0.7f),
                        Column.amount(texts.get("print.funding.budget.amount"), 0.3f)),
                budgetRows(application, texts));
        application.lastDecision().ifPresent(decision -> decision(document, decision, texts));
        application.agreement().ifPresent(agreement -> agreement(document, agreement, texts));
        document.writeTo(out);
    }

    private static List<List<String>> budgetRows(FundingApplication application, PrintTexts texts) {
        List<List<String>> rows = new ArrayList<>();
        application.budgetLines().forEach(line -> rows.add(List.of(line.getItem(), texts.yen(line.getAmountJpy()))));
        rows.add(List.of(texts.get("print.funding.budget.total"), texts.yen(application.budgetTotalJpy())));
        return rows;
    }

    private static void decision(OfficialDocument document, Decision decision, PrintTexts texts) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(texts.get("print.funding.decision.outcome"), texts.get("print.funding.decision." + decision.decision().name())));
        facts.add(new Fact(texts.get("print.funding.decision.on"), texts.date(decision.decidedAt())));
        if (decision.approvedAmountJpy() != null) {
            facts.add(new Fact(texts.get("print.funding.decision.amount"), texts.yen(decision.approvedAmountJpy())));
        }
        if (decision.reason() != null) {
            facts.add(new Fact(texts.get("print.funding.decision.reason"), decision.reason()));
        }
        document.heading(texts.get("print.funding.decision")).facts(facts);
    }

    private static void agreement(OfficialDocument document, Agreement agreement, PrintTexts texts) {
        document.heading(texts.get("print.funding.agreement")).facts(List.of(
                new Fact(texts.get("print.funding.agreement.amount"), texts.yen(agreement.approvedAmountJpy())),
                new Fact(texts.get("print.funding.agreement.period"),
                        texts.get("print.period", texts.date(agreement.contractStart()), texts.date(agreement.contractEnd())))));
        document.table(List.of(Column.text(texts.get("print.funding.instalment.due"), 0.5f),
                        Column.amount(texts.get("print.funding.instalment.amount"), 0.5f)),
                agreement.instalments().stream()
                        .map(instalment -> List.of(texts.date(instalment.getDueOn()), texts.yen(instalment.getAmountJpy()))).toList());
    }
}
