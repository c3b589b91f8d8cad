package io.groundswell.integration.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
import io.groundswell.integration.LocalHttpServer;
import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedPollTest {

    private static final String ETAG = "\"v1\"";
    private static final String LAST_MODIFIED = "Wed, 14 Jan 2026 08:00:00 GMT";

    /** A response header that identifies a version, and the request header that sends it back. */
    private record Validator(String header, String value, String condition) {}

    private static final Validator BY_ETAG = new Validator("ETag", ETAG, "If-None-Match");
    private static final Validator BY_DATE = new Validator("Last-Modified", LAST_MODIFIED, "If-Modified-Since");

    private static LocalHttpServer server;

    @BeforeAll
    static void serveFeeds() {
        server = new LocalHttpServer()
                .on(
                        "/blog/rss.xml",
                        conditional(
                                BY_ETAG,
                                "application/rss+xml; charset=utf-8",
                                FeedDocuments.rss().getBytes(StandardCharsets.UTF_8)))
                .on(
                        "/latin/rss.xml",
                        exchange -> LocalHttpServer.respond(
                                exchange,
                                200,
                                "application/rss+xml",
                                FeedDocuments.latinRss().getBytes(Charset.forName("ISO-8859-15"))))
                .on(
                        "/wide/atom.xml",
                        conditional(
                                BY_DATE,
                                "application/atom+xml",
                                FeedDocuments.atom().getBytes(StandardCharsets.UTF_16)))
                .on(
                        "/broken/rss.xml",
                        exchange -> LocalHttpServer.respond(exchange, 200, "application/xml", "<rss><chan".getBytes()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void shouldImportAFeedAndGetA304WithoutDuplicatesOnTheSecondPoll() {
        String source = uniqueSource("blog");
        long feed = Feeds.register(server.url("/blog/rss.xml"), source);

        JsonPath first = Feeds.poll(feed, 200);
        assertEquals(2, first.getInt("created"));
        assertEquals(false, first.getBoolean("notModified"));
        JsonPath second = Feeds.poll(feed, 200);
        assertEquals(304, second.getInt("httpStatus"));
        assertEquals(true, second.getBoolean("notModified"));
        assertEquals(0, second.getInt("created") + second.getInt("updated"));

        List<Map<String, Object>> posts = Api.postsOf(source);
        assertEquals(2, posts.size());
        Map<String, Map<String, Object>> byTitle =
                posts.stream().collect(Collectors.toMap(p -> (String) p.get("title"), p -> p));
        Map<String, Object> dated = byTitle.get("Quarterly planning & budgets");
        assertEquals("2026-01-12T09:30:00Z", dated.get("createdAt"));
        assertEquals(server.url("/posts/planning"), dated.get("url"));
        assertEquals(source + ":jane doe", ((Map<?, ?>) dated.get("author")).get("id"));
        assertEquals(List.of("planning"), dated.get("tags"));
        Map<String, Object> undated = byTitle.get("No date here");
        Instant firstSeen = Instant.parse((String) undated.get("createdAt"));
        assertTrue(Duration.between(firstSeen, Instant.now()).abs().toMinutes() < 5, firstSeen.toString());
        assertEquals("feed:" + source, ((Map<?, ?>) undated.get("author")).get("id"));
        assertEquals("Team blog", ((Map<?, ?>) undated.get("author")).get("displayName"));
        List<LocalHttpServer.Seen> requests = server.seen().stream()
                .filter(r -> r.path().equals("/blog/rss.xml"))
                .toList();
        assertNull(requests.get(0).ifNoneMatch());
        assertEquals(ETAG, requests.get(requests.size() - 1).ifNoneMatch());
    }

    @Test
    void shouldDecodeAnIso885915Feed() {
        String source = uniqueSource("latin");
        Feeds.poll(Feeds.register(server.url("/latin/rss.xml"), source), 200);

        Map<String, Object> post = Api.postsOf(source).get(0);
        assertEquals("Café crème à 3 €, déjà vu", post.get("title"));
        assertTrue(((String) post.get("body")).contains("Œuvre"), (String) post.get("body"));
    }

    @Test
    void shouldDecodeAUtf16AtomFeedResolveRelativeLinksAndHonourLastModified() {
        String source = uniqueSource("wide");
        long feed = Feeds.register(server.url("/wide/atom.xml"), source);

        assertEquals(1, Feeds.poll(feed, 200).getInt("created"));
        assertEquals(true, Feeds.poll(feed, 200).getBoolean("notModified"));

        Map<String, Object> post = Api.postsOf(source).get(0);
        assertEquals("Über naïve Größe – 日本語", post.get("title"));
        assertEquals(server.url("/wide/entries/7"), post.get("url"));
        assertEquals("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", post.get("externalId"));
        assertEquals("Jürgen Ökonom", ((Map<?, ?>) post.get("author")).get("displayName"));
    }

    @Test
    void shouldAnswer502ForAnUnreadableFeedAndKeepTheReason() {
        long feed = Feeds.register(server.url("/broken/rss.xml"), uniqueSource("broken"));

        Feeds.poll(feed, 502);

        assertTrue(String.valueOf(Feeds.view(feed).get("lastError")).contains("RSS"));
    }

    @Test
    void shouldRejectBadRegistrationsAndUnknownFeeds() {
        Api.asAdmin()
                .contentType("application/json")
                .body(Map.of("url", "ftp://example/feed", "source", "Blog"))
                .post("/api/admin/feeds")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.asAdmin().post("/api/admin/feeds/999999999/poll").then().statusCode(404);
        Api.newEmployee()
                .given()
                .contentType("application/json")
                .body(Map.of("url", server.url("/blog/rss.xml"), "source", "blog"))
                .post("/api/admin/feeds")
                .then()
                .statusCode(403);
    }

    /**
     * A conditional GET: the document with its validator, or 304 and no body when the request
     * sends that validator back in the condition header.
     */
    private static HttpHandler conditional(Validator validator, String contentType, byte[] document) {
        return exchange -> {
            boolean unchanged =
                    validator.value().equals(exchange.getRequestHeaders().getFirst(validator.condition()));
            exchange.getResponseHeaders().set(validator.header(), validator.value());
            LocalHttpServer.respond(exchange, unchanged ? 304 : 200, contentType, unchanged ? new byte[0] : document);
        };
    }

    private static String uniqueSource(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
