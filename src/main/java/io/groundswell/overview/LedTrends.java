package io.groundswell.overview;

import io.groundswell.leadership.LeaderService;
import io.groundswell.leadership.Listings;
import io.groundswell.trend.TrendReport;
import io.groundswell.trend.TrendReport.Filters;
import io.groundswell.trend.TrendService;
import io.groundswell.trend.TrendTerm;
import io.groundswell.trend.TrendTerm.LeaderRef;
import io.groundswell.trend.TrendWindow;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Trends with who leads each term: the leaders of every listed term ranked in one pass over the
 * window. Only answers that show leaders pay for them (a cloud does not), and the ranking of a
 * report is cached until the report itself is recomputed or someone opts out of the lists or back in.
 */
@ApplicationScoped
public class LedTrends {

    static final int LEADERS_PER_TERM = 3;

    private final TrendService trends;
    private final LeaderService leaders;
    private final Listings listings;
    private final Cache cache;

    /**
     * One computed report: its window, filters and moment identify it, and how many terms were
     * listed; the listing version, so that an opt-out (or back in) shows at once.
     */
    private record ReportKey(Instant from, Instant to, Filters filters, Instant computedAt, int terms, long listing) {}

    LedTrends(TrendService trends, LeaderService leaders, Listings listings, @CacheName("trend-leaders") Cache cache) {
        this.trends = trends;
        this.leaders = leaders;
        this.listings = listings;
        this.cache = cache;
    }

    public TrendReport trends(TrendWindow window, Filters filters, int limit) {
        TrendReport report = trends.trends(window, filters, limit);
        if (report.terms().isEmpty()) {
            return report;
        }
        ReportKey key = new ReportKey(
                report.from(),
                report.to(),
                report.filters(),
                report.computedAt(),
                report.terms().size(),
                listings.version());
        Map<String, List<LeaderRef>> byKey =
                cache.get(key, k -> leadersOf(report, window, filters)).await().indefinitely();
        return report.withTerms(report.terms().stream()
                .map(t -> t.withLeaders(byKey.getOrDefault(t.key(), List.of())))
                .toList());
    }

    /** The same trends without who leads them, for people who do not see the leader lists. */
    public TrendReport unled(TrendWindow window, Filters filters, int limit) {
        return trends.trends(window, filters, limit);
    }

    private Map<String, List<LeaderRef>> leadersOf(TrendReport report, TrendWindow window, Filters filters) {
        List<String> keys = report.terms().stream().map(TrendTerm::key).toList();
        TrendWindow ranked = new TrendWindow(window.label(), report.from(), report.to());
        return leaders.leadersFor(keys, ranked, filters, LEADERS_PER_TERM).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .map(l -> new LeaderRef(l.id(), l.displayName(), l.raters(), l.score()))
                        .toList()));
    }
}
