package io.groundswell.search;

import io.groundswell.system.InstantBounds;
import io.groundswell.system.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of {@code GET /api/search}, taken as text so that every malformed value
 * gets a 400 naming the parameter (a JAX-RS {@code int} parameter would turn "abc" into a 404).
 */
public class SearchParams {

    @QueryParam("q")
    @Parameter(
            required = true,
            description =
                    "Words to find in titles and bodies (all of them); Lucene syntax: \"phrases\", OR, -word, wor*")
    public String q;

    @QueryParam("from")
    @Parameter(description = "Created at or after: an ISO-8601 instant, or a date (from its start, UTC)")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Created at or before: an ISO-8601 instant, or a date (to its end, UTC)")
    public String to;

    @QueryParam("source")
    @Parameter(description = "Only posts from this source")
    public String source;

    @QueryParam("department")
    @Parameter(description = "Only posts whose author is in this department")
    public String department;

    @QueryParam("tag")
    @Parameter(description = "Only posts with this tag; repeat for posts with all the tags")
    public List<String> tag;

    @QueryParam("author")
    @Parameter(description = "Only posts by this person id")
    public String author;

    @QueryParam("sort")
    @Parameter(description = "relevance (default), top (best rated) or new (newest)")
    public String sort;

    @QueryParam("offset")
    @Parameter(description = "Hits to skip, 0 to " + SearchRequest.MAX_OFFSET)
    public String offset;

    @QueryParam("limit")
    @Parameter(
            description =
                    "Hits to return, 1 to " + SearchRequest.MAX_LIMIT + ", default " + SearchRequest.DEFAULT_LIMIT)
    public String limit;

    /** Validates the parameters; throws a 400 {@link ProblemException} naming the first bad one. */
    public SearchRequest toRequest() {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalid("q", "is required: the words to search for");
        }
        if (q.length() > SearchRequest.MAX_TEXT_LENGTH) {
            throw ProblemException.invalid("q", "is longer than " + SearchRequest.MAX_TEXT_LENGTH + " characters");
        }
        Instant fromInstant = instant("from", from, false);
        Instant toInstant = instant("to", to, true);
        if (fromInstant != null && toInstant != null && fromInstant.isAfter(toInstant)) {
            throw ProblemException.invalid("from", "lies after to");
        }
        List<String> tags = tag == null
                ? List.of()
                : tag.stream()
                        .filter(t -> t != null && !t.isBlank())
                        // Tags are stored in lower case.
                        .map(t -> t.trim().toLowerCase(Locale.ROOT))
                        .toList();
        return new SearchRequest(
                q.strip(),
                fromInstant,
                toInstant,
                blankToNull(source),
                blankToNull(department),
                tags,
                blankToNull(author),
                order(),
                integer("offset", offset, 0, 0, SearchRequest.MAX_OFFSET),
                integer("limit", limit, SearchRequest.DEFAULT_LIMIT, 1, SearchRequest.MAX_LIMIT));
    }

    private SearchRequest.Order order() {
        if (sort == null || sort.isBlank()) {
            return SearchRequest.Order.RELEVANCE;
        }
        for (SearchRequest.Order order : SearchRequest.Order.values()) {
            if (order.name().equalsIgnoreCase(sort.trim())) {
                return order;
            }
        }
        throw ProblemException.invalid("sort", "must be relevance, top or new");
    }

    private static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Answered below, like an out-of-range number.
        }
        throw ProblemException.invalid(name, "must be a whole number from " + min + " to " + max);
    }

    /** A date stands for its first millisecond as a lower bound and its last as an upper bound. */
    private static Instant instant(String name, String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return InstantBounds.check(name, OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = InstantBounds.check(name, LocalDate.parse(text));
                // Within the years 0001-9999, so its first and last millisecond are too.
                return upper
                        ? date.plusDays(1)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant()
                                .minusMillis(1)
                        : date.atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw ProblemException.invalid(
                        name, "must be an ISO-8601 instant such as 2026-01-31T09:00:00Z or a date such as 2026-01-31");
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
