package org.citycoop.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account and per source address, without ever locking an
 * account: after a few free failures each further attempt must wait a delay that doubles with
 * every failure, up to a cap (security.md, attack 10). A refused attempt is answered at once ("try
 * again in n s") and its password is not checked; no thread ever sleeps, which would itself be a
 * way to exhaust the server. Failures and successes come from Spring Security's events, so the
 * login form and HTTP Basic (/api, /engine-rest) count alike. State is per application node.
 */
@Component
public class LoginThrottle {

    /** An account: a person mistyping gets five tries; a guesser of one account, one try a minute at most. */
    static final Rule ACCOUNT = new Rule(5, Duration.ofSeconds(1), Duration.ofMinutes(1));
    /** An address: an office behind one NAT shares it, so more free tries; a single source guessing many accounts waits up to 15 min. */
    static final Rule ADDRESS = new Rule(20, Duration.ofSeconds(1), Duration.ofMinutes(15));
    /** Failures are forgotten after this long without one. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(30);
    private static final int TIDY_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the attempt must wait, or empty when it may be checked now. */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration account = wait(accounts, key(username), ACCOUNT, now);
        Duration source = wait(addresses, address, ADDRESS, now);
        Duration longer = account.compareTo(source) >= 0 ? account : source;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        count(accounts, key(event.getAuthentication().getName()), now);
        addressOf(event.getAuthentication().getDetails()).ifPresent(address -> count(addresses, address, now));
    }

    /** A success clears the account's failures, not the address's: one known account must not reset a guesser's address. */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.remove(key(event.getAuthentication().getName()));
    }

    private static Duration wait(Map<String, Failures> failures, String key, Rule rule, Instant now) {
        Failures seen = key == null ? null : failures.get(key);
        if (seen == null || seen.count() < rule.free()) {
            return Duration.ZERO;
        }
        Instant allowedFrom = seen.last().plus(rule.delayAfter(seen.count()));
        return now.isBefore(allowedFrom) ? Duration.between(now, allowedFrom) : Duration.ZERO;
    }

    private void count(Map<String, Failures> failures, String key, Instant now) {
        if (failures.size() > TIDY_ABOVE) {
            failures.values().removeIf(seen -> seen.last().plus(FORGET_AFTER).isBefore(now));
        }
        failures.merge(key, new Failures(1, now), (seen, one) -> seen.last().plus(FORGET_AFTER).isBefore(now)
                ? one : new Failures(seen.count() + 1, now));
    }

    private static Optional<String> addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? Optional.ofNullable(web.getRemoteAddress()) : Optional.empty();
    }

    /** Lower case: a guesser must not spread the failures of one account over spellings of its name. */
    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
    }

    /** {@code free} failures without delay; then {@code first}, doubling with each failure, at most {@code cap}. */
    record Rule(int free, Duration first, Duration cap) {

        Duration delayAfter(int failures) {
            int doublings = Math.min(failures - free, 30);
            Duration delay = first.multipliedBy(1L << doublings);
            return delay.compareTo(cap) > 0 ? cap : delay;
        }
    }
}
