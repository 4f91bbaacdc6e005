package org.citycoop.funding.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.citycoop.funding.DueReport;
import org.citycoop.funding.ReportingDuty;
import org.citycoop.funding.ReportingDutyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reports owed to a funding agency under an agreement, and what the officer delivered. */
@Repository
public class FundingReportRepository {

    private final JdbcClient jdbc;

    FundingReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DueReport> find(long dutyId) {
        // the title is worded from the scheme, the kind and the period's number among the duties of its kind
        return jdbc.sql("""
                        select d.id, d.kind, d.period_end, d.due_on, a.contract_end, f.scheme_code, d.done_at is not null,
                            (select count(*) from funding_reporting_duty other
                             where other.agreement_id = d.agreement_id and other.kind = d.kind
                               and (other.due_on, other.id) <= (d.due_on, d.id))
                        from funding_reporting_duty d
                        join funding_agreement a on a.id = d.agreement_id
                        join funding_application f on f.id = a.application_id
                        where d.id = :id""")
                .param("id", dutyId)
                .query((rs, row) -> {
                    ReportingDutyKind kind = ReportingDutyKind.valueOf(rs.getString(2));
                    return new DueReport(rs.getLong(1), kind, ReportingDuty.title(rs.getString(6), kind, rs.getInt(8)),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                            rs.getString(6), rs.getBoolean(7));
                })
                .optional();
    }

    /** Marks the duty delivered; false when it already was (a second submit changes nothing). */
    public boolean deliver(long dutyId, String summary, Long documentId, String submittedBy) {
        return jdbc.sql("""
                        update funding_reporting_duty
                        set done_at = now(), summary = :summary, document_id = :document, submitted_by = :by
                        where id = :id and done_at is null""")
                .param("id", dutyId)
                .param("summary", summary)
                .param("document", documentId)
                .param("by", submittedBy)
                .update() == 1;
    }
}
