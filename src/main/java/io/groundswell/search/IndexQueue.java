package io.groundswell.search;

import io.groundswell.post.PostChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Records changed posts in the {@code index_queue} table and wakes the {@link Indexer} once they
 * are committed. The row is written in the writer's transaction, so a change and its queue entry
 * are committed, or rolled back, together: no change can be acknowledged and then missed by the
 * index, even across a crash.
 */
@ApplicationScoped
public class IndexQueue {

    /** At most one permit: many commits before the indexer looks are one wake-up. */
    private final Semaphore signal = new Semaphore(0);

    /** Synchronous: runs inside the transaction that fires the event, which it needs. */
    void onChange(@Observes PostChanged change) {
        IndexQueueEntry.of(change.postId(), change.ratingOnly()).persist();
    }

    /** Only after the commit: woken earlier, the indexer could not yet see the row. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostChanged change) {
        wake();
    }

    void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** Returns when woken or after {@code max}, whichever comes first. */
    void awaitWork(Duration max) throws InterruptedException {
        if (signal.tryAcquire(max.toMillis(), TimeUnit.MILLISECONDS)) {
            signal.drainPermits();
        }
    }
}
