package io.groundswell.integration.feed;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static LocalHttpServer server;

    @BeforeAll
    static void serveFeeds() {
        server = new LocalHttpServer()
                .on("/blog/rss.xml", exchange -> {
                    boolean unchanged = ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
                    exchange.getResponseHeaders().set("ETag", ETAG);
                    LocalHttpServer.respond(
                            exchange,
                            unchanged ? 304 : 200,
                            "application/rss+xml; charset=utf-8",
                            unchanged ? new byte[0] : FeedDocuments.rss().getBytes(StandardCharsets.UTF_8));
                })
                .on(
                        "/latin/rss.xml",
                        exchange -> LocalHttpServer.respond(
                                exchange,
                                200,
                                "application/rss+xml",
                                FeedDocuments.latinRss().getBytes(Charset.forName("ISO-8859-15"))))
                .on("/wide/atom.xml", exchange -> {
                    boolean unchanged =
                            LAST_MODIFIED.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
                    exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
                    LocalHttpServer.respond(
                            exchange,
                            unchanged ? 304 : 200,
                            "application/atom+xml",
                            unchanged ? new byte[0] : FeedDocuments.atom().getBytes(StandardCharsets.UTF_16));
                })
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
        long feed = register(server.url("/blog/rss.xml"), source);

        JsonPath first = poll(feed, 200);
        assertEquals(2, first.getInt("created"));
        assertEquals(false, first.getBoolean("notModified"));
        JsonPath second = poll(feed, 200);
        assertEquals(304, second.getInt("httpStatus"));
        assertEquals(true, second.getBoolean("notModified"));
        assertEquals(0, second.getInt("created") + second.getInt("updated"));

        List<Map<String, Object>> posts = posts(source);
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
        poll(register(server.url("/latin/rss.xml"), source), 200);

        Map<String, Object> post = posts(source).get(0);
        assertEquals("Café crème à 3 €, déjà vu", post.get("title"));
        assertTrue(((String) post.get("body")).contains("Œuvre"), (String) post.get("body"));
    }

    @Test
    void shouldDecodeAUtf16AtomFeedResolveRelativeLinksAndHonourLastModified() {
        String source = uniqueSource("wide");
        long feed = register(server.url("/wide/atom.xml"), source);

        assertEquals(1, poll(feed, 200).getInt("created"));
        assertEquals(true, poll(feed, 200).getBoolean("notModified"));

        Map<String, Object> post = posts(source).get(0);
        assertEquals("Über naïve Größe – 日本語", post.get("title"));
        assertEquals(server.url("/wide/entries/7"), post.get("url"));
        assertEquals("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", post.get("externalId"));
        assertEquals("Jürgen Ökonom", ((Map<?, ?>) post.get("author")).get("displayName"));
    }

    @Test
    void shouldAnswer502ForAnUnreadableFeedAndKeepTheReason() {
        long feed = register(server.url("/broken/rss.xml"), uniqueSource("broken"));

        poll(feed, 502);

        Api.asAdmin()
                .get("/api/admin/feeds")
                .then()
                .statusCode(200)
                .body("find { it.id == " + feed + " }.lastError", org.hamcrest.Matchers.containsString("RSS"));
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

    private static long register(String url, String source) {
        return Api.asAdmin()
                .contentType("application/json")
                .body(Map.of("url", url, "source", source))
                .post("/api/admin/feeds")
                .then()
                .statusCode(201)
                .body("source", equalTo(source))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static JsonPath poll(long feed, int status) {
        return Api.asAdmin()
                .post("/api/admin/feeds/" + feed + "/poll")
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    private static List<Map<String, Object>> posts(String source) {
        return Api.asAdmin()
                .queryParam("source", source)
                .get("/api/posts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
    }

    private static String uniqueSource(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
