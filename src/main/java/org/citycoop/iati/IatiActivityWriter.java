package org.citycoop.iati;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.citycoop.followup.IndicatorProgress;
import org.citycoop.followup.Measurement;
import org.citycoop.funding.Instalment;
import org.citycoop.indicator.Indicator;
import org.citycoop.project.PlannedTarget;
import org.citycoop.project.Project;

/**
 * Writes one {@code iati-activity} in the element order of the IATI 2.03 schema, with the codes of
 * the IATI code lists (the numbers below; DD017 has the choices).
 */
final class IatiActivityWriter {

    static final String CURRENCY = "JPY";

    // IATI code lists: OrganisationRole, ActivityDateType, TransactionType, BudgetType/BudgetStatus,
    // ResultType, IndicatorMeasure, SectorVocabulary.
    static final int ROLE_FUNDING = 1;
    static final int ROLE_ACCOUNTABLE = 2;
    static final int ROLE_EXTENDING = 3;
    static final int ROLE_IMPLEMENTING = 4;
    static final int PLANNED_START = 1;
    static final int ACTUAL_START = 2;
    static final int PLANNED_END = 3;
    static final int ACTUAL_END = 4;
    static final int OUTGOING_COMMITMENT = 2;
    static final int DISBURSEMENT = 3;
    static final int BUDGET_ORIGINAL = 1;
    static final int BUDGET_INDICATIVE = 1;
    static final int RESULT_OUTCOME = 2;
    static final int MEASURE_UNIT = 1;
    static final int MEASURE_PERCENTAGE = 2;
    static final int SECTOR_VOCABULARY_DAC_5_DIGIT = 1;

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final IatiXml xml;
    private final LocalDate today;

    IatiActivityWriter(IatiXml xml, LocalDate today) {
        this.xml = xml;
        this.today = today;
    }

    void write(IatiActivity activity) {
        Project project = activity.project();
        xml.start("iati-activity").lang("en").attribute("default-currency", CURRENCY);
        xml.start("iati-identifier").text(activity.identifier()).end();
        organisation("reporting-org", activity.lead(), null);
        xml.narrativeElement("title", project.title());
        xml.start("description").attribute("type", 1)
                .narrative(project.themeName() + " / " + project.cooperationTypeName()).end();
        participants(activity);
        xml.empty("activity-status", "code", project.status().iatiCode());
        dates(activity);
        xml.empty("recipient-country", "code", activity.recipientCountry(), "percentage", 100);
        xml.empty("sector", "vocabulary", SECTOR_VOCABULARY_DAC_5_DIGIT, "code", DacSector.of(project.themeCode()),
                "percentage", 100);
        budget(project);
        activity.agreedFunding().forEach(this::plannedDisbursements);
        activity.agreedFunding().forEach(funding -> transactions(funding, activity.lead()));
        activity.indicators().forEach(progress -> result(progress, project));
        xml.end();
    }

    private void participants(IatiActivity activity) {
        if (activity.agreedFunding().isEmpty()) {
            participant(activity.lead(), ROLE_FUNDING); // its own budget
        }
        activity.agreedFunding().stream().map(IatiActivity.Funding::agency).distinct()
                .forEach(agency -> participant(agency, ROLE_FUNDING));
        participant(activity.lead(), ROLE_ACCOUNTABLE);
        participant(activity.lead(), ROLE_EXTENDING);
        participant(activity.lead(), ROLE_IMPLEMENTING);
        participant(activity.partner(), ROLE_IMPLEMENTING);
    }

    private void participant(IatiOrganisation organisation, int role) {
        organisation("participating-org", organisation, role);
    }

    private void organisation(String element, IatiOrganisation organisation, Integer role) {
        xml.start(element).attribute("ref", organisation.ref()).attribute("type", organisation.type())
                .attribute("role", role).narratives(organisation.name()).end();
    }

    private void dates(IatiActivity activity) {
        date(PLANNED_START, activity.project().plannedStart());
        date(ACTUAL_START, activity.actualStart());
        date(PLANNED_END, activity.project().plannedEnd());
        date(ACTUAL_END, activity.actualEnd());
    }

    private void date(int type, LocalDate date) {
        if (date != null) {
            xml.empty("activity-date", "type", type, "iso-date", date);
        }
    }

    /** A budget states its period: a project without a planned end (an imported one may have none) reports none. */
    private void budget(Project project) {
        if (project.plannedEnd() == null) {
            return;
        }
        xml.start("budget").attribute("type", BUDGET_ORIGINAL).attribute("status", BUDGET_INDICATIVE);
        xml.empty("period-start", "iso-date", project.plannedStart());
        xml.empty("period-end", "iso-date", project.plannedEnd());
        value(project.budgetJpy(), project.plannedStart());
        xml.end();
    }

    /** Instalments still to come are planned disbursements; those due by today are reported as disbursements. */
    private void plannedDisbursements(IatiActivity.Funding funding) {
        funding.agreement().instalments().stream().filter(instalment -> instalment.getDueOn().isAfter(today))
                .forEach(instalment -> {
                    xml.start("planned-disbursement").attribute("type", BUDGET_ORIGINAL);
                    xml.empty("period-start", "iso-date", instalment.getDueOn());
                    xml.empty("period-end", "iso-date", instalment.getDueOn());
                    value(instalment.getAmountJpy(), instalment.getDueOn());
                    xml.end();
                });
    }

    private void transactions(IatiActivity.Funding funding, IatiOrganisation lead) {
        LocalDate agreed = LocalDate.ofInstant(funding.agreement().recordedAt(), JAPAN);
        transaction(OUTGOING_COMMITMENT, agreed, funding.agreement().approvedAmountJpy(), funding, lead);
        funding.agreement().instalments().stream().filter(instalment -> !instalment.getDueOn().isAfter(today))
                .sorted(Comparator.comparing(Instalment::getDueOn))
                .forEach(instalment -> transaction(DISBURSEMENT, instalment.getDueOn(), instalment.getAmountJpy(), funding, lead));
    }

    private void transaction(int type, LocalDate date, long amountJpy, IatiActivity.Funding funding, IatiOrganisation lead) {
        xml.start("transaction");
        xml.empty("transaction-type", "code", type);
        xml.empty("transaction-date", "iso-date", date);
        value(amountJpy, date);
        xml.narrativeElement("description", funding.application().scheme().name());
        xml.start("provider-org").attribute("ref", funding.agency().ref()).attribute("type", funding.agency().type())
                .narratives(funding.agency().name()).end();
        xml.start("receiver-org").attribute("ref", lead.ref()).attribute("type", lead.type()).narratives(lead.name()).end();
        xml.end();
    }

    private void value(long amountJpy, LocalDate valueDate) {
        xml.start("value").attribute("currency", CURRENCY).attribute("value-date", valueDate)
                .text(String.valueOf(amountJpy)).end();
    }

    /**
     * One outcome per indicator of the partner's action plan: the baseline when the project started,
     * the target by its date, and the latest value the lead's officer accepted in a follow-up round.
     */
    private void result(IndicatorProgress progress, Project project) {
        PlannedTarget target = progress.target();
        Indicator indicator = target.indicator();
        xml.start("result").attribute("type", RESULT_OUTCOME).attribute("aggregation-status", false);
        xml.narrativeElement("title", indicator.name().toString());
        xml.start("indicator").attribute("measure", "%".equals(indicator.unit()) ? MEASURE_PERCENTAGE : MEASURE_UNIT)
                .attribute("ascending", indicator.direction() == Indicator.Direction.HIGHER);
        xml.narrativeElement("title", indicator.name() + " (" + indicator.unit() + ")");
        xml.empty("baseline", "year", project.plannedStart().getYear(), "iso-date", project.plannedStart(),
                "value", target.baseline());
        xml.start("period");
        xml.empty("period-start", "iso-date", project.plannedStart());
        xml.empty("period-end", "iso-date", latest(target.targetDate(), project.plannedStart()));
        xml.empty("target", "value", target.target());
        latestAccepted(progress.actuals()).ifPresent(actual -> xml.empty("actual", "value", actual.value()));
        xml.end().end().end();
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static Optional<Measurement> latestAccepted(List<Measurement> actuals) {
        return actuals.stream().filter(Measurement::accepted).max(Comparator.comparing(Measurement::round));
    }
}
