package io.groundswell.trend;

import io.groundswell.system.ProblemException;
import io.groundswell.system.QueryValues;
import io.groundswell.system.QueryValues.DayEdge;
import java.time.Duration;
import java.time.Instant;
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
        Instant explicitFrom = QueryValues.instant("from", from, DayEdge.START);
        Instant explicitTo = QueryValues.instant("to", to, DayEdge.END_EXCLUSIVE);
        if (explicitFrom == null && explicitTo == null) {
            return named(window == null || window.isBlank() ? "7d" : window.strip(), now);
        }
        Instant end = explicitTo == null ? now : explicitTo;
        Instant start = explicitFrom == null ? end.minus(NAMED.get("7d")) : explicitFrom;
        if (!start.isBefore(end)) {
            throw ProblemException.invalid("from", "must lie before to");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw ProblemException.invalid("from", "windows span at most 20 years");
        }
        return new TrendWindow("custom", start, end);
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
