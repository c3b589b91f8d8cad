package io.groundswell.system;

import static io.groundswell.testing.PostBuilder.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * With every pooled connection taken, a request that needs one is told to come back (503 with
 * Retry-After), not that the server failed (500); once connections are free it succeeds.
 */
@QuarkusTest
@TestProfile(PoolExhaustionTest.TinyPool.class)
class PoolExhaustionTest {

    private static final int POOL = 2;

    /** Two connections, and a short wait for one, so the test can take them all and not wait long. */
    public static class TinyPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.max-size",
                    String.valueOf(POOL),
                    "quarkus.datasource.jdbc.acquisition-timeout",
                    "PT1S");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void shouldAnswer503WithRetryAfterWhileThePoolIsExhausted() throws Exception {
        long postId = newPost();
        User known = Api.newEmployee();
        User firstSignIn = Api.newEmployee();
        rate(known, postId, 4).then().statusCode(200);

        List<Connection> held = takeEveryConnection();
        try {
            assertUnavailable(rate(known, postId, 2));
            // Not yet signed in: the password check needs a connection too.
            assertUnavailable(rate(firstSignIn, postId, 3));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }

        rate(known, postId, 2).then().statusCode(200).body("stars", equalTo(2));
        rate(firstSignIn, postId, 3).then().statusCode(200).body("stars", equalTo(3));
    }

    private static void assertUnavailable(Response response) {
        response.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("SQL")));
        String retryAfter = response.header("Retry-After");
        assertThat(retryAfter).as("Retry-After").isNotNull().matches("[1-9][0-9]*");
    }

    /** Takes the whole pool; background jobs may hold a connection for a moment, so keep asking. */
    private List<Connection> takeEveryConnection() throws InterruptedException {
        List<Connection> held = new ArrayList<>();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (held.size() < POOL) {
            try {
                held.add(dataSource.getConnection());
            } catch (SQLException busy) {
                assertThat(System.nanoTime()).as("the whole pool taken in time").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
        return held;
    }

    private static Response rate(User user, long postId, int stars) {
        return user.given()
                .contentType(ContentType.JSON)
                .body(Map.of("stars", stars))
                .put("/api/posts/{id}/rating", postId);
    }

    private static long newPost() {
        return post(Api.unique("pool"), Api.unique("p"))
                .author(Api.unique("author"), "Author", "Sales")
                .createAs(Api.asAdmin());
    }
}
