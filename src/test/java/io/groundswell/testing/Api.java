package io.groundswell.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Small helpers for API tests: credentials, users, keys and unique names. */
public final class Api {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 1_000_000);

    /** A username and password for HTTP Basic. */
    public record User(String username, String password) {
        public RequestSpecification given() {
            return io.restassured.RestAssured.given().auth().preemptive().basic(username, password);
        }
    }

    private Api() {}

    public static String unique(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet();
    }

    public static User admin() {
        return new User("admin", ADMIN_PASSWORD);
    }

    public static RequestSpecification asAdmin() {
        return admin().given();
    }

    /** Creates a user with the given roles in a department and returns their credentials. */
    public static User newUser(String department, String... roles) {
        String username = unique("user");
        String password = "pw-" + username + "-secret";
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username", username,
                        "password", password,
                        "roles", List.of(roles),
                        "displayName", "Test " + username,
                        "department", department))
                .post("/api/admin/users")
                .then()
                .statusCode(201);
        return new User(username, password);
    }

    public static User newEmployee() {
        return newUser("Engineering", "employee");
    }

    /** Creates an API key and returns the key to send as a Bearer token. */
    public static String newApiKey(List<String> scopes, List<String> sources) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", unique("key"), "scopes", scopes, "sources", sources))
                .post("/api/admin/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }

    public static RequestSpecification withKey(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    /** Waits until search finds at least {@code count} posts of the source, so analytics see them all. */
    public static void awaitSearchable(String source, int count, Duration within) {
        await("the index to catch up with source " + source)
                .atMost(within)
                .until(
                        () -> asAdmin()
                                .get("/api/search?source={s}&limit=1", source)
                                .then()
                                .extract()
                                .<Integer>path("total"),
                        total -> total >= count);
    }
}
