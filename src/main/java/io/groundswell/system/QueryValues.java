package io.groundswell.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How every endpoint reads a query parameter that is not plain text: numbers, instants and names
 * arrive as strings so that a malformed value gets a 400 naming the parameter (a JAX-RS {@code int}
 * parameter turns "ten" into a 404), and so that tags and sources are normalised the same way
 * wherever they filter.
 */
public final class QueryValues {

    /** Which instant a bare date stands for: its first, or the first after it, or its last. */
    public enum DayEdge {
        START,
        END_EXCLUSIVE,
        END_INCLUSIVE
    }

    private QueryValues() {}

    /** A whole number within [min, max]; the fallback when absent; otherwise a 400 naming it. */
    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String text = value.strip();
        // Longer digit strings cannot be within an int range; parsing them would only waste work.
        if (text.length() <= 11) {
            try {
                int number = Integer.parseInt(text);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // Answered below, like an out-of-range number.
            }
        }
        throw ProblemException.invalid(name, "must be a whole number from " + min + " to " + max);
    }

    /**
     * A repeated parameter of ids ({@code post=1&post=2}): positive whole numbers, at most {@code
     * max} of them, duplicates dropped; a 400 naming the parameter otherwise.
     */
    public static List<Long> ids(String name, List<String> values, int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw ProblemException.invalid(name, "may be given at most " + max + " times");
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : values) {
            String text = value == null ? "" : value.strip();
            // Longer digit strings cannot be a long; parsing them would only waste work.
            long id = text.length() <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9') && !text.isEmpty()
                    ? Long.parseLong(text)
                    : 0;
            if (id <= 0) {
                throw ProblemException.invalid(name, "must be a positive whole number (an id)");
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    /**
     * An ISO-8601 instant (with Z or an offset), or a date that stands for one of its edges in UTC;
     * null when absent. Only the years 0001-9999 are accepted.
     */
    public static Instant instant(String name, String value, DayEdge edge) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return InstantBounds.check(name, OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = InstantBounds.check(name, LocalDate.parse(text));
                // Within the years 0001-9999, so the day after it is a valid date too.
                Instant start = date.atStartOfDay(ZoneOffset.UTC).toInstant();
                Instant next = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                return switch (edge) {
                    case START -> start;
                    case END_EXCLUSIVE -> InstantBounds.check(name, next);
                    case END_INCLUSIVE -> next.minusMillis(1);
                };
            } catch (DateTimeParseException notADate) {
                throw ProblemException.invalid(
                        name, "must be an ISO-8601 instant such as 2026-01-31T09:00:00Z or a date such as 2026-01-31");
            }
        }
    }

    /**
     * Free text such as a department name: trimmed, null when blank; a 400 naming the parameter
     * when it holds control characters (PostgreSQL refuses a NUL in any text it is asked to compare).
     */
    public static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw ProblemException.invalid(name, "may not hold control characters");
            }
        }
        return value.strip();
    }

    /** Tags and source names are stored in lower case; a filter in any case means the same one. */
    public static String name(String name, String value) {
        String text = text(name, value);
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
