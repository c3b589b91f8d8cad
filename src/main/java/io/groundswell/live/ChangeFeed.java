package io.groundswell.live;

import io.groundswell.post.PostChanged;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects committed post changes and, once they pause, broadcasts one {@link LiveEvent} to every
 * connected dashboard. Debounced because a dashboard reacts to an event by reloading what it
 * shows: one reload per second at most, however fast posts arrive.
 */
@ApplicationScoped
public class ChangeFeed {

    private final LiveConfig config;
    private final BroadcastProcessor<LiveEvent> broadcast = BroadcastProcessor.create();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private volatile Instant firstPending;
    private volatile Instant lastChange = Instant.EPOCH;

    ChangeFeed(LiveConfig config) {
        this.config = config;
    }

    /** After the commit only: a rolled-back change never happened, and before it nobody could see it. */
    void onPostChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostChanged change) {
        Instant now = Instant.now();
        synchronized (pending) {
            if (pending.isEmpty()) {
                firstPending = now;
            }
            pending.add(change.postId());
        }
        lastChange = now;
    }

    @Scheduled(every = "${groundswell.live.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flushIfDue() {
        Instant now = Instant.now();
        int posts;
        synchronized (pending) {
            if (pending.isEmpty() || !due(now)) {
                return;
            }
            posts = pending.size();
            pending.clear();
        }
        broadcast.onNext(LiveEvent.changed(posts));
    }

    private boolean due(Instant now) {
        boolean quiet = Duration.between(lastChange, now).compareTo(config.quietPeriod()) >= 0;
        boolean overdue = Duration.between(firstPending, now).compareTo(config.maxDelay()) >= 0;
        return quiet || overdue;
    }

    /**
     * One listener's stream: a hello at once (so the client knows it is connected and the response
     * starts), then changes and heartbeats. A slow listener misses events rather than holding up
     * the others; the next event makes it reload anyway.
     */
    public Multi<LiveEvent> listen() {
        Multi<LiveEvent> changes = broadcast.onOverflow().drop();
        Multi<LiveEvent> heartbeats =
                Multi.createFrom().ticks().every(config.heartbeat()).map(tick -> LiveEvent.ping());
        return Multi.createBy().merging().streams(Multi.createFrom().item(LiveEvent.hello()), changes, heartbeats);
    }
}
