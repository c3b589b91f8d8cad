package io.groundswell.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Long but legitimate URLs reach the application and get its own answer; only request lines far
 * beyond any address of ours are refused by the HTTP server itself.
 */
@QuarkusTest
class EdgeLimitsTest {

    /** A search text of about {@code bytes} characters: a long query pasted into the search box. */
    private static String longQuery(int bytes) {
        return "budget ".repeat(bytes / 7);
    }

    @Test
    void shouldLetTheApplicationAnswerA4500ByteUrl() {
        assertApplicationRefusesLongQuery(4_500);
    }

    @Test
    void shouldLetTheApplicationAnswerA9000ByteUrl() {
        assertApplicationRefusesLongQuery(9_000);
    }

    private static void assertApplicationRefusesLongQuery(int bytes) {
        Api.asAdmin()
                .queryParam("q", longQuery(bytes))
                .get("/api/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .body("status", equalTo(400))
                .body("detail", containsString("characters"));
    }

    @Test
    void shouldStillRefuseARequestLineOver16KiB() {
        Api.asAdmin()
                .queryParam("q", longQuery(17_000))
                .get("/api/search")
                .then()
                .statusCode(414);
    }
}
