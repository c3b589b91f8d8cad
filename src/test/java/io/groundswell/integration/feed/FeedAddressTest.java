package io.groundswell.integration.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.groundswell.integration.LocalHttpServer;
import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feed URLs may not reach internal addresses: loopback, private, link-local (the cloud metadata
 * service) and IPv6 loopback are refused before any connection, after redirects too, and every
 * failure to reach a server reads the same, so an admin cannot scan ports through feed errors.
 */
@QuarkusTest
@TestProfile(GuardedFeeds.class)
class FeedAddressTest {

    private static final String UNREACHABLE = "could not fetch the feed";

    private static CountingListener internal;
    private static LocalHttpServer allowed;

    @BeforeAll
    static void start() {
        internal = new CountingListener("127.0.0.1");
        allowed = new LocalHttpServer(GuardedFeeds.ALLOWED_HOST, 0)
                .on("/moved", exchange -> {
                    exchange.getResponseHeaders().set("Location", "http://127.0.0.1:" + internal.port() + "/q/metrics");
                    LocalHttpServer.respond(exchange, 302, null, new byte[0]);
                })
                .on(
                        "/feed.xml",
                        exchange -> LocalHttpServer.respond(
                                exchange,
                                200,
                                "application/rss+xml",
                                FeedDocuments.rss().getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void stop() throws Exception {
        internal.close();
        allowed.close();
    }

    @Test
    void shouldRefuseLoopbackPrivateLinkLocalAndIpv6LoopbackWithoutConnecting() {
        for (String url : new String[] {
            "http://127.0.0.1:" + internal.port() + "/q/metrics",
            "http://localhost:" + internal.port() + "/q/metrics",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/feed.xml",
            "http://192.168.1.1/feed.xml",
            "http://[::1]:" + internal.port() + "/q/metrics",
            "http://[::ffff:127.0.0.1]:" + internal.port() + "/q/metrics",
            "http://0.0.0.0:" + internal.port() + "/q/metrics"
        }) {
            Failure failure = pollFailing(url);
            assertEquals("Feed " + failure.feed() + ": " + UNREACHABLE, failure.detail(), url);
        }
        assertEquals(0, internal.connections());
    }

    @Test
    void shouldRefuseARedirectFromAnAllowedServerToAnInternalAddress() {
        Failure failure = pollFailing(allowed.url("/moved"));

        assertEquals("Feed " + failure.feed() + ": " + UNREACHABLE, failure.detail());
        assertFalse(allowed.seen().stream().noneMatch(r -> r.path().equals("/moved")));
        assertEquals(0, internal.connections());
        assertEquals(UNREACHABLE, Feeds.view(failure.feed()).get("lastError"));
    }

    @Test
    void shouldAnswerTheSameForAClosedPortAsForARefusedAddress() throws Exception {
        int closedPort;
        try (CountingListener closed = new CountingListener(GuardedFeeds.ALLOWED_HOST)) {
            closedPort = closed.port();
        }
        Failure failure = pollFailing("http://" + GuardedFeeds.ALLOWED_HOST + ":" + closedPort + "/feed.xml");

        assertEquals("Feed " + failure.feed() + ": " + UNREACHABLE, failure.detail());
    }

    @Test
    void shouldFetchFromAnAllowListedInternalAddress() {
        long feed = register(allowed.url("/feed.xml"));

        Feeds.poll(feed, 200);

        assertFalse(allowed.seen().stream().noneMatch(r -> r.path().equals("/feed.xml")), "the feed was fetched");
    }

    private record Failure(long feed, String detail) {}

    /** Registers the URL and polls it, which must fail with 502. */
    private static Failure pollFailing(String url) {
        long feed = register(url);
        return new Failure(feed, Feeds.pollFailing(feed));
    }

    private static long register(String url) {
        return Feeds.register(url, Api.unique("guard"));
    }
}
