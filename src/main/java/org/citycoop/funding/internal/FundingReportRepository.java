package org.citycoop.funding.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.citycoop.funding.DueReport;
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
        return jdbc.sql("""
                        select d.id, d.kind, d.title, d.period_end, d.due_on, a.contract_end, s.name, d.done_at is not null
                        from funding_reporting_duty d
                        join funding_agreement a on a.id = d.agreement_id
                        join funding_application f on f.id = a.application_id
                        join funding_scheme s on s.code = f.scheme_code
                        where d.id = :id""")
                .param("id", dutyId)
                .query((rs, row) -> new DueReport(rs.getLong(1), ReportingDutyKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getString(7), rs.getBoolean(8)))
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
