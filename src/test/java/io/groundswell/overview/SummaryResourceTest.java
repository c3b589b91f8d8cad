package io.groundswell.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.groundswell.testing.TrendCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overview's headline figures: a window against the one before it, under the privacy rules. */
@QuarkusTest
class SummaryResourceTest {

    /** Created on first use: the application is up by then. */
    private static final class Fixture {
        static final String DEPARTMENT = Api.unique("Harbour");
        static final TrendCorpus CORPUS = new TrendCorpus();
        static final int THIS_WEEK = 6;
        static final int WEEK_BEFORE = 2;
        static final int RATERS = 3;

        static {
            // Six posts by five people this week, two by two people the week before; the first
            // post of this week is rated by three others, and its author rates it too (not counted).
            for (int i = 0; i < THIS_WEEK; i++) {
                plant("harbour-" + (i % 5), 1 + i * 0.5, "Harbour-Ops");
            }
            for (int i = 0; i < WEEK_BEFORE; i++) {
                plant("harbour-" + i, 8 + i, "quay");
            }
            List<Integer> ids = CORPUS.sendAndAwait();
            CORPUS.rate(ids.get(0), 4, RATERS);
            Api.withKey(CORPUS.key)
                    .contentType(ContentType.JSON)
                    .body(Map.of("stars", 5))
                    .put("/api/posts/{id}/ratings/{rater}", ids.get(0), "harbour-0")
                    .then()
                    .statusCode(200);
        }

        private static void plant(String author, double daysAgo, String tag) {
            CORPUS.plant("Lighthouse", author, daysAgo, post -> {
                post.put("author", Map.of("id", author, "displayName", author, "department", DEPARTMENT));
                post.put("tags", List.of(tag));
            });
        }
    }

    /** The summary a leader gets for the query (placeholders filled in order). */
    private static JsonPath summary(String query, Object... values) {
        return Api.leader()
                .given()
                .get("/api/summary?" + query, values)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldCountPostsRatingsAndPeopleOfTheWindowAndTheOneBefore() {
        JsonPath summary = summary("window=7d&source={s}", Fixture.CORPUS.source);

        assertThat(summary.getInt("current.posts")).isEqualTo(Fixture.THIS_WEEK);
        assertThat(summary.getInt("current.ratings")).isEqualTo(Fixture.RATERS);
        assertThat(summary.getInt("current.people")).isEqualTo(5 + Fixture.RATERS);
        assertThat(summary.getInt("previous.posts")).isEqualTo(Fixture.WEEK_BEFORE);
        assertThat(summary.getInt("previous.ratings")).isZero();
        assertThat(summary.getInt("previous.people")).isEqualTo(2);
        Instant from = Instant.parse(summary.getString("from"));
        Instant previousFrom = Instant.parse(summary.getString("previousFrom"));
        assertThat(Duration.between(previousFrom, from)).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void shouldSayWhenAWindowHasTooLittleData() {
        JsonPath summary = summary("window=7d&source={s}", Fixture.CORPUS.source);

        assertThat(summary.getInt("enoughPosts")).isGreaterThan(Fixture.THIS_WEEK);
        assertThat(summary.getBoolean("enoughData")).isFalse();
    }

    @Test
    void shouldCountACustomRangeAndADepartment() {
        String today = Instant.now().plus(Duration.ofDays(1)).toString().substring(0, 10);
        String fourDaysAgo = Instant.now().minus(Duration.ofDays(4)).toString().substring(0, 10);
        JsonPath summary = summary(
                "from={f}&to={t}&department={d}&source={s}",
                fourDaysAgo,
                today,
                Fixture.DEPARTMENT,
                Fixture.CORPUS.source);

        assertThat(summary.getString("window")).isEqualTo("custom");
        assertThat(summary.getString("filters.department")).isEqualTo(Fixture.DEPARTMENT);
        assertThat(summary.getInt("current.posts")).isEqualTo(Fixture.THIS_WEEK);
    }

    @Test
    void shouldCountOnlyThePostsAndRatingsOfATagInAnyCase() {
        JsonPath summary = summary("window=7d&source={s}&tag=harbour-ops", Fixture.CORPUS.source);

        assertThat(summary.getInt("current.posts")).isEqualTo(Fixture.THIS_WEEK);
        assertThat(summary.getInt("current.ratings")).isEqualTo(Fixture.RATERS);
        assertThat(summary.getInt("previous.posts")).isZero();
        assertThat(summary.getInt("previous.people")).isZero();
    }

    @Test
    void shouldRefuseAMalformedWindowWithAProblem() {
        Api.leader()
                .given()
                .get("/api/summary?window=fortnight")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("24h, 7d, 30d or 90d"));
        Api.leader()
                .given()
                .get("/api/summary?from=yesterday")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldGiveNoFiguresForADepartmentBelowTheMinimumGroupSize() {
        String small = Api.unique("Tiny");
        Api.newUser(small, "employee");
        Api.leader()
                .given()
                .get("/api/summary?department={d}", small)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/privacy"));
    }

    @Test
    void shouldGiveEmployeesNoFiguresOfAnotherDepartment() {
        Api.newEmployee()
                .given()
                .get("/api/summary?department={d}", Fixture.DEPARTMENT)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/privacy"));
    }
}
