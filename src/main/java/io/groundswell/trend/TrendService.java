package io.groundswell.trend;

import io.groundswell.person.PersonChanged;
import io.groundswell.post.PostChanged;
import io.groundswell.search.terms.TermStatistics;
import io.groundswell.trend.TrendReport.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves trends. The dashboard's named windows (24h, 7d, 30d, 90d) without filters come from
 * snapshots that a scheduled job keeps fresh; any other window or filter is computed on demand
 * and cached by (window, filters, index generation), so a repeated request is instant and a
 * changed index is never answered from a stale entry.
 */
@ApplicationScoped
public class TrendService {

    private final TrendCalculator calculator;
    private final TermStatistics statistics;
    private final TrendConfig config;
    private final Timer timer;
    private final Event<TrendSnapshotsRefreshed> refreshed;
    private final Map<String, TrendReport> snapshots = new ConcurrentHashMap<>();
    private final Cache cache;
    private final AtomicReference<Instant> lastChange = new AtomicReference<>(Instant.EPOCH);
    private volatile long snapshotGeneration = -1;
    private volatile Instant lastSnapshot = Instant.EPOCH;

    private record CacheKey(Instant from, Instant to, Filters filters, long generation) {}

    TrendService(
            TrendCalculator calculator,
            TermStatistics statistics,
            TrendConfig config,
            MeterRegistry metrics,
            Event<TrendSnapshotsRefreshed> refreshed,
            @CacheName("trends") Cache cache) {
        this.calculator = calculator;
        this.cache = cache;
        this.refreshed = refreshed;
        this.statistics = statistics;
        this.config = config;
        this.timer = Timer.builder("groundswell.trends.compute")
                .description("Time to compute the trends of one window and filter")
                .register(metrics);
    }

    /** Trends for a window and filters, at most {@code limit} terms. */
    public TrendReport trends(TrendWindow window, Filters filters, int limit) {
        if (filters.none() && TrendWindow.NAMED.containsKey(window.label())) {
            TrendReport snapshot = snapshots.get(window.label());
            if (snapshot != null) {
                return truncate(snapshot, limit);
            }
            return truncate(refreshSnapshot(window.label()), limit);
        }
        long generation = statistics.generation();
        // Named windows end "now": round to the minute so repeated requests share a cache entry.
        Instant to = window.label().equals("custom") ? window.to() : minute(window.to());
        TrendWindow stable = new TrendWindow(window.label(), to.minus(window.length()), to);
        CacheKey key = new CacheKey(stable.from(), stable.to(), filters, generation);
        // Computed at full size whatever the limit, so one cache entry serves every limit.
        TrendReport report = cache.get(
                        key, k -> timer.record(() -> calculator.compute(stable, filters, config.snapshotSize())))
                .await()
                .indefinitely();
        return truncate(report, limit);
    }

    /** Recomputes every named-window snapshot when the index changed and has settled. */
    void refreshSnapshotsIfDue() {
        long generation = statistics.generation();
        if (generation == snapshotGeneration) {
            return;
        }
        Instant now = Instant.now();
        boolean settled = Duration.between(lastChange.get(), now).compareTo(config.debounce()) >= 0;
        boolean overdue = Duration.between(lastSnapshot, now).compareTo(config.maxStaleness()) >= 0;
        if (settled || overdue) {
            TrendWindow.NAMED.keySet().forEach(this::refreshSnapshot);
            refreshed.fireAsync(new TrendSnapshotsRefreshed(Map.copyOf(snapshots)));
            snapshotGeneration = generation;
            lastSnapshot = now;
        }
    }

    private TrendReport refreshSnapshot(String label) {
        TrendReport report = timer.record(
                () -> calculator.compute(TrendWindow.named(label, Instant.now()), Filters.NONE, config.snapshotSize()));
        snapshots.put(label, report);
        return report;
    }

    void onPostChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostChanged change) {
        lastChange.set(Instant.now());
    }

    /**
     * Someone's department changed or they left: a department's figures may have to be hidden now
     * (the privacy rule counts its people), so no cached figure may outlive the change.
     */
    void onPersonChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonChanged change) {
        cache.invalidateAll().await().indefinitely();
    }

    void onStopListChanged(@Observes StopList.Changed change) {
        cache.invalidateAll().await().indefinitely();
        snapshotGeneration = -1;
        lastChange.set(Instant.EPOCH);
    }

    private static TrendReport truncate(TrendReport report, int limit) {
        return report.limitedTo(limit);
    }

    private static Instant minute(Instant instant) {
        return Instant.ofEpochSecond(instant.getEpochSecond() / 60 * 60 + 60);
    }
}
