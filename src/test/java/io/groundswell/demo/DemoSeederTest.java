package io.groundswell.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.groundswell.post.Post;
import io.groundswell.testing.OwnDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoSeederTest.SmallDemo.class)
class DemoSeederTest {

    static final int POSTS = 300;

    /**
     * Demo mode on, with a small organisation so the test seeds in a few seconds, in a database of
     * its own: the one other test classes share already holds posts when this class runs.
     */
    public static class SmallDemo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(OwnDatabase.named("demo_seeder"));
            overrides.putAll(Map.of(
                    "groundswell.demo", "true",
                    "groundswell.demo-data.posts", String.valueOf(POSTS),
                    "groundswell.demo-data.people", "60",
                    "groundswell.demo.password", "demo-test-password"));
            return overrides;
        }
    }

    @Inject
    DemoSeeder seeder;

    SeedReport report;

    @BeforeEach
    void awaitSeeding() throws Exception {
        report = seeder.completion().get(2, TimeUnit.MINUTES);
    }

    @Test
    void shouldSeedTheConfiguredOrganisationOnStart() {
        assertTrue(report.seeded());
        assertEquals(POSTS, report.posts());
        assertTrue(report.ratings() > POSTS / 2, "ratings: " + report.ratings());
        assertEquals(POSTS, countPosts());
    }

    @Test
    void shouldServeSeededPostsWithTheirRatings() {
        List<Long> rated = QuarkusTransaction.requiringNew()
                .call(() -> Post.<Post>find("ratingCount > 0 order by id").page(0, 3).list().stream()
                        .map(post -> post.id)
                        .toList());
        assertEquals(3, rated.size());

        for (long id : rated) {
            given().auth()
                    .preemptive()
                    .basic("admin", "admin-test-password")
                    .get("/api/posts/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("id", equalTo((int) id))
                    .body("rating.count", greaterThan(0))
                    .body("rating.mean", greaterThan(0f))
                    .body("author.department", notNullValue());
        }
    }

    private static long countPosts() {
        return QuarkusTransaction.requiringNew().call(() -> Post.count());
    }

    @Test
    void shouldNotCountAnySelfRating() {
        long selfRatings = QuarkusTransaction.requiringNew().call(() -> Post.getEntityManager()
                .createQuery("select count(r) from Rating r where r.rater = r.post.author", Long.class)
                .getSingleResult());

        assertEquals(0, selfRatings);
    }

    @Test
    void shouldLetTheDemoAccountsSignIn() {
        assertEquals(
                List.of("leader", "employee"),
                report.accounts().stream().map(SeedReport.Account::role).toList());

        for (SeedReport.Account account : report.accounts()) {
            given().auth()
                    .preemptive()
                    .basic(account.username(), "demo-test-password")
                    .get("/api/me")
                    .then()
                    .statusCode(200)
                    .body("personId", equalTo(account.username()))
                    .body("roles", hasItem(account.role()));
        }
        given().auth()
                .preemptive()
                .basic(report.accounts().get(0).username(), "wrong-password")
                .get("/api/me")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldSeedNothingWhenPostsExist() {
        SeedReport again = seeder.seedIfEmpty();

        assertFalse(again.seeded());
        assertEquals(POSTS, countPosts());
    }
}
