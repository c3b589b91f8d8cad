package io.groundswell.system;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The instants Groundswell accepts: years 0001 to 9999 in UTC. Java parses years up to ±999,999,999,
 * but databases and the index's long millisecond fields do not hold them, and no post is written
 * before the year 1 or after 9999. Checked where instants enter: JSON bodies and query parameters.
 */
public final class InstantBounds {

    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");
    public static final String MESSAGE = "must lie between the years 0001 and 9999";

    private InstantBounds() {}

    public static boolean within(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /** The date itself, or a 400 naming the field: checked before any arithmetic on it can overflow. */
    public static LocalDate check(String field, LocalDate date) {
        if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
            throw ProblemException.invalid(field, MESSAGE);
        }
        return date;
    }

    /** The instant itself, or a 400 naming the field when it lies outside the accepted years. */
    public static Instant check(String field, Instant instant) {
        if (instant != null && !within(instant)) {
            throw ProblemException.invalid(field, MESSAGE);
        }
        return instant;
    }
}
