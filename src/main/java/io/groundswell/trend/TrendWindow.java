package io.groundswell.trend;

import io.groundswell.system.InstantBounds;
import io.groundswell.system.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** A half-open time window [from, to) with the label the API uses for it. */
public record TrendWindow(String label, Instant from, Instant to) {

    /** The named windows of the dashboard; snapshots are kept for each. */
    public static final Map<String, Duration> NAMED = Map.of(
            "24h", Duration.ofHours(24),
            "7d", Duration.ofDays(7),
            "30d", Duration.ofDays(30),
            "90d", Duration.ofDays(90));

    /** Long enough for whole archives (imported forums), bounded so a typo cannot ask for centuries. */
    private static final Duration LONGEST = Duration.ofDays(7305);

    public static TrendWindow named(String label, Instant now) {
        Duration length = NAMED.get(label);
        if (length == null) {
            throw ProblemException.invalid("window", "use 24h, 7d, 30d or 90d, or explicit from and to");
        }
        return new TrendWindow(label, now.minus(length), now);
    }

    /** From the query parameters: explicit from/to win over a named window. */
    public static TrendWindow parse(String window, String from, String to, Instant now) {
        if (from == null && to == null) {
            return named(window == null ? "7d" : window, now);
        }
        Instant end = to == null ? now : instant("to", to, true);
        Instant start = from == null ? end.minus(NAMED.get("7d")) : instant("from", from, false);
        if (!start.isBefore(end)) {
            throw ProblemException.invalid("from", "must lie before to");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw ProblemException.invalid("from", "windows span at most 20 years");
        }
        return new TrendWindow("custom", start, end);
    }

    /** An ISO-8601 instant, or a date meaning its start (from) or its end (to) in UTC. */
    static Instant instant(String field, String value, boolean endOfDay) {
        try {
            return InstantBounds.check(field, Instant.parse(value));
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = InstantBounds.check(field, LocalDate.parse(value));
                return InstantBounds.check(
                        field,
                        (endOfDay ? date.plusDays(1) : date)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant());
            } catch (DateTimeParseException notADate) {
                throw ProblemException.invalid(
                        field, "use an ISO-8601 date or instant, e.g. 2026-01-31 or 2026-01-31T09:00:00Z");
            }
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    /** The window of the same length just before this one. */
    public TrendWindow previous() {
        return new TrendWindow("previous", from.minus(length()), from);
    }

    /** The baseline: {@code span} before this window. */
    public TrendWindow baseline(Duration span) {
        return new TrendWindow("baseline", from.minus(span), from);
    }
}
