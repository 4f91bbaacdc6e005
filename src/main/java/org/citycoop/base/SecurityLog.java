package org.citycoop.base;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security log (DD019): who, of which organisation, did or tried what, when, from which
 * address. Append-only (V23). Each entry is also one log line, its outside text encoded
 * ({@link LogText}). The client address is the request's remote address, which is a forwarding
 * proxy's X-Forwarded-For only when that proxy is a trusted one ({@code server.tomcat.remoteip.internal-proxies}).
 */
@Service
public class SecurityLog {

    /** The actor of what the engine does on its own (timers, jobs): no one signed in. */
    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    private static final Logger LOG = LoggerFactory.getLogger(SecurityLog.class);
    private static final int MAX_ACTOR = 128;
    private static final int MAX_DETAIL = 2000;

    private final JdbcClient jdbc;

    SecurityLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Something {@code actor} did; written in the caller's transaction, so only if it happens. */
    @Transactional
    public void record(String actor, String action, String detail) {
        write(actor, action, detail);
    }

    /**
     * A refusal of the signed-in user's request (another organisation's record): in a transaction of
     * its own, because the refused request's transaction rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String detail) {
        write(currentActor(), "ACCESS_DENIED", detail);
    }

    /**
     * An attempt, named by the actor as given: a sign-in (someone not yet signed in, as they named
     * themselves) or work refused as a whole (an import with bad rows). In a transaction of its own,
     * because the attempt's own transaction rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAttempt(String claimedUsername, String action, String detail) {
        write(claimedUsername == null || claimedUsername.isBlank() ? ANONYMOUS : claimedUsername, action, detail);
    }

    /** One page of entries, newest first, for an administrator; a page holds at most 500 (a grid asks for 50). */
    @Transactional(readOnly = true)
    public List<Entry> find(SecurityLogFilter filter, int offset, int limit, CityCoopUser reader) {
        requireAdmin(reader);
        return filter.select(jdbc, """
                        select occurred_at, actor, organisation_code, action, detail, client_address from security_event
                        where %s order by occurred_at desc, id desc offset :offset limit :limit""")
                .param("offset", offset)
                .param("limit", Math.min(limit, 500))
                .query(SecurityLog::entry)
                .list();
    }

    @Transactional(readOnly = true)
    public long count(SecurityLogFilter filter, CityCoopUser reader) {
        requireAdmin(reader);
        return filter.select(jdbc, "select count(*) from security_event where %s")
                .query(Long.class).single();
    }

    /** The actions recorded so far, for the filter's choice. */
    @Transactional(readOnly = true)
    public List<String> actions(CityCoopUser reader) {
        requireAdmin(reader);
        return jdbc.sql("select distinct action from security_event order by action").query(String.class).list();
    }

    private static void requireAdmin(CityCoopUser reader) {
        if (!reader.hasRole(Roles.ADMIN)) {
            throw new NotAvailableException("The security log is for administrators; " + reader.getUsername() + " is none");
        }
    }

    private void write(String actor, String action, String detail) {
        String who = cut(actor, MAX_ACTOR);
        String what = cut(detail, MAX_DETAIL);
        String from = clientAddress().orElse(null);
        String organisation = jdbc.sql("""
                        insert into security_event (actor, organisation_code, action, detail, client_address)
                        values (:actor, (select o.code from app_user u join organisation o on o.id = u.organisation_id
                                         where u.username = :actor), :action, :detail, :from)
                        returning organisation_code""")
                .param("actor", who).param("action", action).param("detail", what).param("from", from)
                .query(String.class).optional().orElse(null);
        LOG.info("security {} actor={} organisation={} from={} detail={}", action, LogText.encode(who),
                organisation == null ? "-" : organisation, LogText.encode(from), LogText.encode(what));
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return SYSTEM;
        }
        return authentication instanceof AnonymousAuthenticationToken ? ANONYMOUS : authentication.getName();
    }

    private static Optional<String> clientAddress() {
        return Optional.ofNullable(RequestContextHolder.getRequestAttributes())
                .filter(ServletRequestAttributes.class::isInstance)
                .map(attributes -> ((ServletRequestAttributes) attributes).getRequest())
                .map(HttpServletRequest::getRemoteAddr);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6));
    }

    public record Entry(Instant occurredAt, String actor, String organisationCode, String action, String detail,
                        String clientAddress) {
    }
}
