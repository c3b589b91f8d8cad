package io.groundswell.search;

import io.groundswell.system.ProblemException;
import io.groundswell.system.QueryValues;
import io.groundswell.system.QueryValues.DayEdge;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of {@code GET /api/search}, taken as text so that every malformed value
 * gets a 400 naming the parameter (a JAX-RS {@code int} parameter would turn "abc" into a 404).
 */
public class SearchParams {

    @QueryParam("q")
    @Parameter(
            description = "Words to find in titles and bodies (all of them, exact or stemmed in the post's language),"
                    + " at most " + SearchRequest.MAX_TEXT_LENGTH
                    + " characters; Lucene syntax: \"phrases\", OR, -word,"
                    + " wor*. Syntax that does not parse is searched as plain words, with a notice."
                    + " Absent or blank: every post, still filtered and sorted")
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
        if (q != null && q.length() > SearchRequest.MAX_TEXT_LENGTH) {
            throw ProblemException.invalid(
                    "q",
                    String.format(
                            Locale.ROOT,
                            "is %,d characters long; a search may be at most %d characters, shorten it",
                            q.length(),
                            SearchRequest.MAX_TEXT_LENGTH));
        }
        Instant fromInstant = QueryValues.instant("from", from, DayEdge.START);
        Instant toInstant = QueryValues.instant("to", to, DayEdge.END_INCLUSIVE);
        if (fromInstant != null && toInstant != null && fromInstant.isAfter(toInstant)) {
            throw ProblemException.invalid("from", "lies after to");
        }
        List<String> tags = tag == null
                ? List.of()
                : tag.stream()
                        .map(value -> QueryValues.name("tag", value))
                        .filter(Objects::nonNull)
                        .toList();
        return new SearchRequest(
                q == null ? "" : q.strip(),
                fromInstant,
                toInstant,
                QueryValues.name("source", source),
                QueryValues.text("department", department),
                tags,
                QueryValues.text("author", author),
                order(),
                QueryValues.integer("offset", offset, 0, 0, SearchRequest.MAX_OFFSET),
                QueryValues.integer("limit", limit, SearchRequest.DEFAULT_LIMIT, 1, SearchRequest.MAX_LIMIT));
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
}
