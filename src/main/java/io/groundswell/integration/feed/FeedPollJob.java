package io.groundswell.integration.feed;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Polls every registered feed every {@code groundswell.integrations.feeds.poll-every}. */
@ApplicationScoped
public class FeedPollJob {

    private final FeedService feeds;

    FeedPollJob(FeedService feeds) {
        this.feeds = feeds;
    }

    @Scheduled(
            every = "${groundswell.integrations.feeds.poll-every}",
            delayed = "${groundswell.integrations.feeds.first-poll-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        feeds.pollAll();
    }
}
