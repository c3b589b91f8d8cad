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

    /** The account's password is now {@code newPassword}: the old one is refused, the new one signs in. */
    public static void assertPasswordChanged(User before, String newPassword) {
        before.given().get("/api/me").then().statusCode(401);
        new User(before.username(), newPassword).given().get("/api/me").then().statusCode(200);
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

    /** A leader the tests of a run share, created on first use: the app is up by then. */
    public static User leader() {
        return SharedLeader.USER;
    }

    private static final class SharedLeader {
        static final User USER = newUser("Strategy", "leader");
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

    /** The posts of a source, newest first, as an admin reads them. */
    public static List<Map<String, Object>> postsOf(String source) {
        return postsOf(asAdmin().queryParam("source", source));
    }

    /** The post of a source that an integration knows by its own id: a list of one, or empty. */
    public static List<Map<String, Object>> postsOf(String source, String externalId) {
        return postsOf(asAdmin().queryParam("source", source).queryParam("externalId", externalId));
    }

    private static List<Map<String, Object>> postsOf(RequestSpecification query) {
        return query.get("/api/posts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
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
