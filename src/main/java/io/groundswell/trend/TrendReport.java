package io.groundswell.trend;

import io.groundswell.search.TermSlice;
import java.time.Instant;
import java.util.List;

/**
 * The trends of one window and filter, as computed at {@code computedAt}: rising terms, best
 * first, and falling ones, both against the baseline [baselineFrom, baselineTo) of baselinePosts
 * posts.
 */
public record TrendReport(
        String window,
        Instant from,
        Instant to,
        Instant baselineFrom,
        Instant computedAt,
        Filters filters,
        int posts,
        int baselinePosts,
        List<TrendTerm> terms,
        Instant baselineTo,
        List<FallingTerm> falling) {

    /** A report without falling terms, its baseline ending where the window starts. */
    public TrendReport(
            String window,
            Instant from,
            Instant to,
            Instant baselineFrom,
            Instant computedAt,
            Filters filters,
            int posts,
            int baselinePosts,
            List<TrendTerm> terms) {
        this(window, from, to, baselineFrom, computedAt, filters, posts, baselinePosts, terms, from, List.of());
    }

    /** The filters a report was computed for; null fields do not filter. */
    public record Filters(String department, String source, String tag, String author) {

        public static final Filters NONE = new Filters(null, null, null, null);

        public static Filters byAuthor(String personKey) {
            return new Filters(null, null, null, personKey);
        }

        public boolean none() {
            return department == null && source == null && tag == null && author == null;
        }

        /** The posts of the window that these filters keep: the one place a term slice is built. */
        public TermSlice slice(TrendWindow window) {
            return new TermSlice(window.from(), window.to(), department, source, tag, author);
        }
    }

    /** The same report listing other terms: fewer of them, or the same ones with more said about each. */
    public TrendReport withTerms(List<TrendTerm> newTerms) {
        return new TrendReport(
                window,
                from,
                to,
                baselineFrom,
                computedAt,
                filters,
                posts,
                baselinePosts,
                newTerms,
                baselineTo,
                falling);
    }
}
