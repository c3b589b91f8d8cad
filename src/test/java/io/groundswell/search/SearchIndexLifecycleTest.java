package io.groundswell.search;

import static io.groundswell.search.SearchFixture.asAdmin;
import static io.groundswell.search.SearchFixture.asEmployee;
import static io.groundswell.search.SearchFixture.awaitTotal;
import static io.groundswell.search.SearchFixture.ids;
import static io.groundswell.search.SearchFixture.post;
import static io.groundswell.search.SearchFixture.search;
import static io.groundswell.search.SearchFixture.uniqueSource;
import static io.groundswell.search.SearchFixture.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchIndexLifecycleTest {

    private static final String CHECK = "checks.find { it.name == 'search-index' }";

    @Test
    void shouldBeReadyOnceTheIndexIsCaughtUp() {
        // The start-up rebuild runs in the background; on an empty database it takes moments.
        JsonPath health = awaitHealth(h -> "UP".equals(h.getString("status")), Duration.ofSeconds(30));

        assertEquals("UP", health.getString(CHECK + ".status"));
        assertEquals("ready", health.getString(CHECK + ".data.state"));
        assertTrue(health.getInt(CHECK + ".data.documents") >= 0);
        assertTrue(health.getInt(CHECK + ".data.pending") >= 0);
    }

    @Test
    void shouldForgetQueuedChangesOnceTheyAreCommitted() {
        String word = uniqueWord();
        post(uniqueSource("forum")).text(word).create();
        awaitTotal(Map.of("q", word), 1);

        // Committed when the indexer is idle or after the commit interval, whichever comes first.
        JsonPath health = awaitHealth(h -> h.getInt(CHECK + ".data.pending") == 0, Duration.ofSeconds(10));

        assertEquals("UP", health.getString(CHECK + ".status"));
    }

    @Test
    void shouldRebuildOnAdminRequestWhileSearchesGoOn() {
        String word = uniqueWord();
        long post = post(uniqueSource("forum")).text(word).create();
        awaitTotal(Map.of("q", word), 1);

        asEmployee().post("/api/admin/reindex").then().statusCode(403);
        asAdmin().post("/api/admin/reindex").then().statusCode(202).body("status", equalTo("rebuilding"));

        JsonPath progress = awaitReindex(p -> p.getString("state").equals("ready"), Duration.ofSeconds(30));
        assertEquals(progress.getLong("total"), progress.getLong("indexed"));
        assertEquals(List.of(post), ids(search(Map.of("q", word))));
    }

    @Test
    void shouldCountAndTimeSearches() {
        double before = metric("groundswell_search_requests_total");

        search(Map.of("q", uniqueWord()));

        assertEquals(before + 1, metric("groundswell_search_requests_total"));
        assertTrue(metric("groundswell_search_seconds_count") >= 1);
    }

    /** A value of the Prometheus scrape, 0 when the meter has not been registered yet. */
    private static double metric(String name) {
        String scrape =
                Api.asAdmin().get("/q/metrics").then().statusCode(200).extract().asString();
        return scrape.lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static JsonPath awaitHealth(Predicate<JsonPath> until, Duration within) {
        return await().atMost(within)
                .until(() -> given().get("/q/health/ready").then().extract().jsonPath(), until);
    }

    private static JsonPath awaitReindex(Predicate<JsonPath> until, Duration within) {
        return await().atMost(within)
                .until(
                        () -> asAdmin()
                                .get("/api/admin/reindex")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        until);
    }
}
