package io.groundswell.trend;

import io.groundswell.search.terms.TermSlice;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The trends of one window and filter, as computed at {@code computedAt}: rising terms, best
 * first, and falling ones, both against the baseline [baselineFrom, baselineTo) of baselinePosts
 * posts; and the rising terms grouped into stories, the story of the best term first.
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
        List<FallingTerm> falling,
        List<Story> stories) {

    /** A report without falling terms nor stories, its baseline ending where the window starts. */
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
        this(
                window,
                from,
                to,
                baselineFrom,
                computedAt,
                filters,
                posts,
                baselinePosts,
                terms,
                from,
                List.of(),
                List.of());
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

    /**
     * The same report listing fewer terms, the best {@code limit}, and the stories that the first
     * of them start (each story keeps all its terms).
     */
    public TrendReport limitedTo(int limit) {
        if (terms.size() <= limit) {
            return this;
        }
        List<TrendTerm> kept = terms.subList(0, limit);
        Set<String> keys = kept.stream().map(TrendTerm::key).collect(Collectors.toSet());
        List<Story> started =
                stories.stream().filter(s -> keys.contains(s.key())).toList();
        return with(kept, started);
    }

    /** The same report with the same terms, more said about each. */
    public TrendReport withTerms(List<TrendTerm> newTerms) {
        return with(newTerms, stories);
    }

    private TrendReport with(List<TrendTerm> newTerms, List<Story> newStories) {
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
                falling,
                newStories);
    }
}
