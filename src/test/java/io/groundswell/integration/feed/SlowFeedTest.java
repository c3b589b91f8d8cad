package io.groundswell.integration.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.groundswell.integration.LocalHttpServer;
import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A feed server that trickles its feed a byte at a time: its poll fails at the fetch's deadline,
 * body included, and the other feeds are polled meanwhile rather than after it.
 */
@QuarkusTest
@TestProfile(GuardedFeeds.class)
class SlowFeedTest {

    private static TricklingServer slow;
    private static LocalHttpServer quick;
    private static final List<Instant> quickRequests = new CopyOnWriteArrayList<>();

    @Inject
    FeedService feeds;

    @BeforeAll
    static void start() {
        slow = new TricklingServer(GuardedFeeds.ALLOWED_HOST, Duration.ofMillis(500));
        quick = new LocalHttpServer(GuardedFeeds.ALLOWED_HOST, 0).on("/quick.xml", exchange -> {
            quickRequests.add(Instant.now());
            LocalHttpServer.respond(
                    exchange, 200, "application/rss+xml", FeedDocuments.rss().getBytes(StandardCharsets.UTF_8));
        });
    }

    @AfterAll
    static void stop() throws Exception {
        slow.close();
        quick.close();
    }

    @Test
    void shouldFailAPollOfATricklingFeedAtTheDeadlineWithAClearReason() {
        long feed = Feeds.register(slow.url("/alone.xml"), Api.unique("slow"));
        Instant begin = Instant.now();

        String detail = Feeds.pollFailing(feed);

        assertEquals(
                "Feed " + feed + ": the feed server did not send the whole feed within " + GuardedFeeds.DEADLINE_SECONDS
                        + " s",
                detail);
        // Generous: the deadline is 2 s, the trickle would last a minute.
        assertTrue(Duration.between(begin, Instant.now()).toSeconds() < 15, "the poll outlived its deadline");
    }

    @Test
    void shouldPollOtherFeedsWhileASlowOneIsStillBeingRead() {
        long slowFeed = Feeds.register(slow.url("/among-others.xml"), Api.unique("slow"));
        long quickFeed = Feeds.register(quick.url("/quick.xml"), Api.unique("slow"));
        int slowBefore = slow.connections().size();

        feeds.pollAll();

        List<Instant> slowConnections = slow.connections();
        assertTrue(slowConnections.size() > slowBefore, "the slow feed was polled");
        Instant slowStarted = slowConnections.get(slowConnections.size() - 1);
        Instant quickPolled = quickRequests.get(quickRequests.size() - 1);
        // Polled one after another, the quick feed would wait for the slow one's deadline (2 s).
        assertTrue(
                quickPolled.isBefore(slowStarted.plusMillis(1500)),
                "the quick feed waited for the slow one: " + Duration.between(slowStarted, quickPolled));
        Map<String, Object> quickView = Feeds.view(quickFeed);
        assertEquals(200, quickView.get("lastStatus"));
        assertTrue(String.valueOf(Feeds.view(slowFeed).get("lastError")).contains("did not send the whole feed"));
    }
}
