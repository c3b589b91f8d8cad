package io.groundswell.trend;

import io.groundswell.search.IndexStatus;
import io.groundswell.search.Indexer;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;

/** Skips trend jobs while the index is still being built: they would see half the posts. */
@Singleton
public class SkipUntilIndexReady implements Scheduled.SkipPredicate {

    private final Indexer indexer;

    SkipUntilIndexReady(Indexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        IndexStatus status = indexer.status();
        return !status.serving();
    }
}
