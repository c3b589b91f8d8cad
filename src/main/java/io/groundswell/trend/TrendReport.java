package io.groundswell.trend;

import java.time.Instant;
import java.util.List;

/** The trends of one window and filter, as computed at {@code computedAt}. */
public record TrendReport(
        String window,
        Instant from,
        Instant to,
        Instant baselineFrom,
        Instant computedAt,
        Filters filters,
        int posts,
        int baselinePosts,
        List<TrendTerm> terms) {

    /** The filters a report was computed for; null fields do not filter. */
    public record Filters(String department, String source, String tag, String author) {

        public static final Filters NONE = new Filters(null, null, null, null);

        public boolean none() {
            return department == null && source == null && tag == null && author == null;
        }
    }
}
