package io.groundswell.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.groundswell.demo.SeedReport;
import io.groundswell.testing.Api;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Waits for the demo organisation to be searchable and trending, and picks posts from it. */
final class DemoData {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private DemoData() {}

    /** The seeded account of the role, with the demo password. */
    static Api.User account(SeedReport report, String role) {
        return report.accounts().stream()
                .filter(a -> a.role().equals(role))
                .map(a -> new Api.User(a.username(), DemoDashboardProfile.PASSWORD))
                .findFirst()
                .orElseThrow();
    }

    /** Seeding has finished when this is called; the index and the trend snapshots follow it. */
    static void awaitSearchableAndTrending(Api.User leader, int posts, int trends) {
        await("the demo data to become searchable and trending")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Number total = leader.given()
                            .get("/api/search?limit=1")
                            .then()
                            .extract()
                            .path("total");
                    List<?> terms = leader.given()
                            .get("/api/trends?window=7d&limit=50")
                            .then()
                            .extract()
                            .jsonPath()
                            .getList("terms");
                    assertThat(total).as("posts searchable").isNotNull();
                    assertThat(total.intValue()).as("posts searchable").isGreaterThanOrEqualTo(posts);
                    assertThat(terms).as("7-day trends").isNotNull().hasSizeGreaterThanOrEqualTo(trends);
                });
    }

    /** How many of the first {@code shown} 7-day stories (one row each on the overview) name the leaders of their best term. */
    static int trendsWithLeaders(Api.User leader, int shown) {
        JsonPath trends = leader.given()
                .get("/api/trends?window=7d&limit=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> leads = trends.getList("stories.key", String.class).stream()
                .limit(shown)
                .toList();
        List<Map<String, Object>> terms = trends.getList("terms");
        return (int) terms.stream()
                .filter(term -> leads.contains((String) term.get("key")))
                .filter(term -> term.get("leaders") instanceof List<?> leaders && !leaders.isEmpty())
                .count();
    }

    /** A recent post by someone else: a person's rating of their own post is never counted. */
    static long postNotBy(Api.User person) {
        List<Map<String, Object>> hits = person.given()
                .get("/api/search?sort=new&limit=20")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("hits");
        return hits.stream()
                .filter(hit -> !person.username().equals(((Map<?, ?>) hit.get("author")).get("id")))
                .map(hit -> ((Number) hit.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }
}
