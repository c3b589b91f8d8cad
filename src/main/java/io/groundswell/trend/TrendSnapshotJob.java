package io.groundswell.trend;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the named-window snapshots fresh: checks every few seconds whether the index changed, and
 * recomputes once changes have paused (or have gone on for too long), never more than one at a time.
 */
@ApplicationScoped
public class TrendSnapshotJob {

    private final TrendService trends;

    TrendSnapshotJob(TrendService trends) {
        this.trends = trends;
    }

    @Scheduled(
            every = "${groundswell.trends.check-every}",
            delayed = "${groundswell.trends.first-check-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = SkipUntilIndexReady.class)
    void refresh() {
        trends.refreshSnapshotsIfDue();
    }
}
