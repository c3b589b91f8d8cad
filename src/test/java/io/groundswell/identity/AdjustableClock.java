package io.groundswell.identity;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it; enabled by the test profiles that list it. */
@Alternative
@Singleton
public class AdjustableClock extends Clock {

    private volatile Instant now = Instant.parse("2026-01-05T09:00:00Z");

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the adjustable clock is always UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
