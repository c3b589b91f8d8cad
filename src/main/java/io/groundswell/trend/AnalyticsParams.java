package io.groundswell.trend;

import io.groundswell.system.QueryValues;
import io.groundswell.trend.TrendReport.Filters;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters every analytics endpoint (trends, clouds, leaders, catalysts, a person's
 * topics) reads the same way: a named {@code window} or explicit {@code from}/{@code to}, the
 * filters of search, and a {@code limit}. Taken as text and normalised here once, so a malformed
 * number is a 400 naming it and {@code tag=Kubernetes} means what search means by it.
 */
public class AnalyticsParams {

    @RestQuery
    @Parameter(description = "A named window: 24h, 7d (default), 30d or 90d; ignored when from or to is given")
    public String window;

    @RestQuery
    @Parameter(description = "Window start: an ISO-8601 instant, or a date (from its start, UTC)")
    public String from;

    @RestQuery
    @Parameter(description = "Window end, exclusive: an ISO-8601 instant, or a date (to its end, UTC)")
    public String to;

    @RestQuery
    @Size(max = 100)
    @Parameter(description = "Only posts whose author is in this department")
    public String department;

    @RestQuery
    @Size(max = 64)
    @Parameter(description = "Only posts from this source")
    public String source;

    @RestQuery
    @Size(max = 64)
    @Parameter(description = "Only posts with this tag (any case)")
    public String tag;

    @RestQuery
    @Size(max = 128)
    @Parameter(description = "Only posts by this person id, where the endpoint supports it")
    public String author;

    @RestQuery
    @Parameter(description = "How many entries to answer; each endpoint states its default and maximum")
    public String limit;

    public TrendWindow window() {
        return TrendWindow.parse(window, from, to, Instant.now());
    }

    public Filters filters() {
        return new Filters(
                QueryValues.text("department", department),
                QueryValues.name("source", source),
                QueryValues.name("tag", tag),
                QueryValues.text("author", author));
    }

    /** The {@code limit} parameter, from 1 to {@code max}; {@code fallback} when absent. */
    public int limit(int fallback, int max) {
        return QueryValues.integer("limit", limit, fallback, 1, max);
    }
}
