package org.citycoop.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an administrator looks for in the security log; each part may be empty (null). {@code who}
 * matches part of the actor's name, case-insensitively; the dates are whole days in {@code zone}.
 */
public record SecurityLogFilter(String who, String organisationCode, String action, Instant from, Instant until) {

    public static final SecurityLogFilter ALL = new SecurityLogFilter(null, null, null, null, null);

    public static SecurityLogFilter of(String who, String organisationCode, String action, LocalDate fromDay,
                                       LocalDate toDay, ZoneId zone) {
        return new SecurityLogFilter(blankToNull(who), blankToNull(organisationCode), blankToNull(action),
                fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The statement's where clause (only the parts given) and its parameters; {@code sql} holds one {@code %s} for it. */
    JdbcClient.StatementSpec select(JdbcClient jdbc, String sql) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (who != null) {
            conditions.add("actor ilike :who escape '\\'");
            params.put("who", "%" + who.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (organisationCode != null) {
            conditions.add("organisation_code = :organisation");
            params.put("organisation", organisationCode);
        }
        if (action != null) {
            conditions.add("action = :action");
            params.put("action", action);
        }
        if (from != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (until != null) {
            conditions.add("occurred_at < :until");
            params.put("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
        }
        return jdbc.sql(sql.formatted(String.join(" and ", conditions))).params(params);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
