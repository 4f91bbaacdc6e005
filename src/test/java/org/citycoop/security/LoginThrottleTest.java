package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The throttle's arithmetic, with a clock the test moves: no test sleeps, and neither does the throttle. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aFewMistypedPasswordsCostNoWait() {
        failures("officer", "198.51.100.1", LoginThrottle.ACCOUNT.free() - 1);

        assertThat(throttle.waitBefore("officer", "198.51.100.1")).isEmpty();
    }

    @Test
    void furtherFailuresOfAnAccountWaitLongerEachTimeUpToTheCapFromAnyAddress() {
        failures("officer", "198.51.100.1", LoginThrottle.ACCOUNT.free());
        assertThat(throttle.waitBefore("officer", "203.0.113.9")).contains(Duration.ofSeconds(1));

        failures("officer", "198.51.100.1", 1);
        assertThat(throttle.waitBefore("Officer", "203.0.113.9")).as("the name's case makes no new account")
                .contains(Duration.ofSeconds(2));
        failures("officer", "198.51.100.1", 1);
        assertThat(throttle.waitBefore("officer", "203.0.113.9")).contains(Duration.ofSeconds(4));

        failures("officer", "198.51.100.1", 20);
        assertThat(throttle.waitBefore("officer", "203.0.113.9")).contains(LoginThrottle.ACCOUNT.cap());
    }

    @Test
    void theRealUserIsNeverLockedOutForGood() {
        failures("officer", "198.51.100.1", 100);

        clock.move(LoginThrottle.ACCOUNT.cap());

        assertThat(throttle.waitBefore("officer", "203.0.113.9")).as("after the capped delay").isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddressItCameFrom() {
        failures("officer", "198.51.100.1", LoginThrottle.ADDRESS.free() + 2);
        throttle.succeeded(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("officer", null, java.util.List.of())));

        assertThat(throttle.waitBefore("officer", "203.0.113.9")).isEmpty();
        assertThat(throttle.waitBefore("manager", "198.51.100.1")).as("a guesser's address stays slowed")
                .contains(Duration.ofSeconds(4));
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedDown() {
        for (int account = 0; account < LoginThrottle.ADDRESS.free(); account++) {
            failures("user" + account, "198.51.100.7", 1);
        }

        assertThat(throttle.waitBefore("someone.else", "198.51.100.7")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("someone.else", "198.51.100.8")).isEmpty();
    }

    @Test
    void failuresAreForgottenAfterAQuietSpell() {
        failures("officer", "198.51.100.1", 30);

        clock.move(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        failures("officer", "198.51.100.1", 1);

        assertThat(throttle.waitBefore("officer", "198.51.100.1")).isEmpty();
    }

    private void failures(String username, String address, int count) {
        for (int i = 0; i < count; i++) {
            UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong");
            attempt.setDetails(new WebAuthenticationDetails(address, null));
            throttle.failed(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("Bad credentials")));
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-02T00:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
