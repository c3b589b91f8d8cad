package io.groundswell.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What search tests share: an employee who searches, an API key that ingests, unique names so
 * tests sharing one database do not see each other's posts, and polling for the near-real-time
 * index (the index follows an acknowledged write, it is not part of it).
 */
final class SearchFixture {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-test-password";
    static final String EMPLOYEE_PASSWORD = "employee-test-password";

    /**
     * Searchable within about a second of the acknowledgement is what the API promises on a machine
     * of its own; the suite also runs beside other builds (CI, two suites at once), where a second
     * of CPU is not a second of wall time. How fast is the benchmark's question, not this one's.
     */
    static final Duration NEAR_REAL_TIME = Duration.ofSeconds(5);

    private static String employee;
    private static String apiKey;

    private SearchFixture() {}

    /** A word no other test uses, so a query for it finds only this test's posts. */
    static String uniqueWord() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A source name no other test uses. */
    static String uniqueSource(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    static synchronized RequestSpecification asEmployee() {
        if (employee == null) {
            String username = "searcher-" + UUID.randomUUID().toString().substring(0, 8);
            asAdmin()
                    .contentType("application/json")
                    .body(Map.of(
                            "username",
                            username,
                            "password",
                            EMPLOYEE_PASSWORD,
                            "roles",
                            List.of("employee"),
                            "displayName",
                            "Sam Searcher",
                            "department",
                            "Research"))
                    .post("/api/admin/users")
                    .then()
                    .statusCode(201);
            employee = username;
        }
        return given().auth().preemptive().basic(employee, EMPLOYEE_PASSWORD);
    }

    /** An integration's key: ingests posts on behalf of any author, into any source. */
    static synchronized RequestSpecification asIntegration() {
        if (apiKey == null) {
            apiKey = asAdmin()
                    .contentType("application/json")
                    .body(Map.of("name", "search tests", "scopes", List.of("ingest", "rate"), "sources", List.of("*")))
                    .post("/api/admin/api-keys")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("key");
        }
        return given().header("Authorization", "Bearer " + apiKey);
    }

    static TestPost post(String source) {
        return new TestPost(source);
    }

    static Response searchResponse(Map<String, ?> params) {
        return asEmployee().queryParams(params).get("/api/search");
    }

    static JsonPath search(Map<String, ?> params) {
        return searchResponse(params).then().statusCode(200).extract().jsonPath();
    }

    /** Searches until the answer satisfies {@code until}, for at most {@code within}. */
    static JsonPath awaitSearch(Map<String, ?> params, Predicate<JsonPath> until, Duration within) {
        return await().atMost(within).pollInterval(Duration.ofMillis(20)).until(() -> search(params), until);
    }

    static JsonPath awaitTotal(Map<String, ?> params, int total) {
        return awaitSearch(params, answer -> answer.getInt("total") == total, NEAR_REAL_TIME);
    }

    /** Ids of the hits, in order. */
    static List<Long> ids(JsonPath answer) {
        return answer.getList("hits.id", Long.class);
    }
}
