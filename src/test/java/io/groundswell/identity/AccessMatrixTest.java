package io.groundswell.identity;

import static io.groundswell.testing.PostBuilder.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every role against every endpoint: allowed or denied as the contract says. */
@QuarkusTest
class AccessMatrixTest {

    /** Callers, created once per test run: the app is up by the time the first row asks. */
    private static final class Callers {
        static final String SOURCE = Api.unique("matrix");
        static final Api.User EMPLOYEE = Api.newUser("Engineering", "employee");
        static final Api.User LEADER = Api.newUser("Strategy", "leader");
        static final String INGEST_KEY = Api.newApiKey(List.of("ingest"), List.of(SOURCE));
        static final String RATE_KEY = Api.newApiKey(List.of("rate"), List.of(SOURCE));
    }

    enum Who {
        ANONYMOUS(RestAssured::given),
        EMPLOYEE(() -> Callers.EMPLOYEE.given()),
        LEADER(() -> Callers.LEADER.given()),
        ADMIN(Api::asAdmin),
        INGEST_KEY(() -> Api.withKey(Callers.INGEST_KEY)),
        RATE_KEY(() -> Api.withKey(Callers.RATE_KEY));

        private final Supplier<RequestSpecification> spec;

        Who(Supplier<RequestSpecification> spec) {
            this.spec = spec;
        }
    }

    private static int newPost() {
        return Api.withKey(Callers.INGEST_KEY)
                .contentType(ContentType.JSON)
                .body(post(Callers.SOURCE, Api.unique("m"))
                        .author("matrix-author", "M", "Ops")
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Stream<Arguments> createPost() {
        return Stream.of(
                Arguments.of(Who.ANONYMOUS, 401),
                Arguments.of(Who.EMPLOYEE, 201),
                Arguments.of(Who.LEADER, 201),
                Arguments.of(Who.ADMIN, 201),
                Arguments.of(Who.INGEST_KEY, 201),
                Arguments.of(Who.RATE_KEY, 403));
    }

    @ParameterizedTest
    @MethodSource
    void createPost(Who who, int status) {
        var body = who == Who.INGEST_KEY || who == Who.RATE_KEY
                ? post(Callers.SOURCE, Api.unique("c")).author("someone", "S", "Ops")
                : post(Callers.SOURCE, Api.unique("c"));
        who.spec
                .get()
                .contentType(ContentType.JSON)
                .body(body.build())
                .post("/api/posts")
                .then()
                .statusCode(status);
    }

    static Stream<Arguments> readPost() {
        return Stream.of(
                Arguments.of(Who.ANONYMOUS, 401),
                Arguments.of(Who.EMPLOYEE, 200),
                Arguments.of(Who.LEADER, 200),
                Arguments.of(Who.ADMIN, 200),
                Arguments.of(Who.INGEST_KEY, 200));
    }

    @ParameterizedTest
    @MethodSource
    void readPost(Who who, int status) {
        who.spec.get().get("/api/posts/{id}", newPost()).then().statusCode(status);
    }

    static Stream<Arguments> deletePost() {
        return Stream.of(
                Arguments.of(Who.ANONYMOUS, 401),
                Arguments.of(Who.EMPLOYEE, 403),
                Arguments.of(Who.LEADER, 403),
                Arguments.of(Who.RATE_KEY, 403),
                Arguments.of(Who.INGEST_KEY, 204),
                Arguments.of(Who.ADMIN, 204));
    }

    @ParameterizedTest
    @MethodSource
    void deletePost(Who who, int status) {
        who.spec.get().delete("/api/posts/{id}", newPost()).then().statusCode(status);
    }

    static Stream<Arguments> rateOwn() {
        return Stream.of(
                Arguments.of(Who.ANONYMOUS, 401),
                Arguments.of(Who.EMPLOYEE, 200),
                Arguments.of(Who.LEADER, 200),
                Arguments.of(Who.ADMIN, 200),
                Arguments.of(Who.INGEST_KEY, 403),
                Arguments.of(Who.RATE_KEY, 403));
    }

    @ParameterizedTest
    @MethodSource
    void rateOwn(Who who, int status) {
        who.spec
                .get()
                .contentType(ContentType.JSON)
                .body(Map.of("stars", 4))
                .put("/api/posts/{id}/rating", newPost())
                .then()
                .statusCode(status);
    }

    static Stream<Arguments> rateOnBehalf() {
        return Stream.of(
                Arguments.of(Who.ANONYMOUS, 401),
                Arguments.of(Who.EMPLOYEE, 403),
                Arguments.of(Who.ADMIN, 403),
                Arguments.of(Who.INGEST_KEY, 403),
                Arguments.of(Who.RATE_KEY, 200));
    }

    @ParameterizedTest
    @MethodSource
    void rateOnBehalf(Who who, int status) {
        who.spec
                .get()
                .contentType(ContentType.JSON)
                .body(Map.of("stars", 5))
                .put("/api/posts/{id}/ratings/{rater}", newPost(), "liker-1")
                .then()
                .statusCode(status);
    }

    static Stream<Arguments> administer() {
        return Stream.of(
                Arguments.of(Who.ANONYMOUS, 401),
                Arguments.of(Who.EMPLOYEE, 403),
                Arguments.of(Who.LEADER, 403),
                Arguments.of(Who.INGEST_KEY, 403),
                Arguments.of(Who.ADMIN, 200));
    }

    @ParameterizedTest
    @MethodSource
    void administer(Who who, int status) {
        who.spec.get().get("/api/admin/users").then().statusCode(status);
        who.spec.get().get("/api/admin/api-keys").then().statusCode(status);
    }

    @Test
    void shouldAnswer401AsProblemJsonForWrongPasswordsUnknownUsersAndBadKeys() {
        RestAssured.given()
                .auth()
                .preemptive()
                .basic("admin", "wrong-password")
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        RestAssured.given()
                .auth()
                .preemptive()
                .basic("nobody-here", "whatever-password")
                .get("/api/me")
                .then()
                .statusCode(401);
        Api.withKey("gs_nope_nope").get("/api/me").then().statusCode(401);
        RestAssured.given().get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseARevokedKeyAndNeverListSecrets() {
        String key = Api.newApiKey(List.of("ingest"), List.of("*"));
        Api.withKey(key).get("/api/me").then().statusCode(200).body("roles", hasItems("integration"));
        String keyId = key.split("_")[1];

        Api.asAdmin()
                .get("/api/admin/api-keys")
                .then()
                .statusCode(200)
                .body("id", hasItems(keyId))
                .body(not(org.hamcrest.Matchers.containsString(key.split("_", 3)[2])));
        Api.asAdmin().delete("/api/admin/api-keys/{id}", keyId).then().statusCode(204);
        Api.withKey(key).get("/api/me").then().statusCode(401);
    }

    @Test
    void shouldGiveLeadersTheEmployeeRoleAndAdminsBoth() {
        Callers.LEADER.given().get("/api/me").then().body("roles", hasItems("leader", "employee"));
        Api.asAdmin().get("/api/me").then().body("roles", hasItems("admin", "leader", "employee"));
    }

    @Test
    void shouldRejectDuplicateUsersAndUnknownRoles() {
        var user = Map.of(
                "username", Callers.EMPLOYEE.username(), "password", "long-enough-pw", "roles", List.of("employee"));
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(user)
                .post("/api/admin/users")
                .then()
                .statusCode(409);
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("username", Api.unique("u"), "password", "long-enough-pw", "roles", List.of("emperor")))
                .post("/api/admin/users")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("roles"));
    }

    @Test
    void shouldKeepHealthAndOpenApiPublic() {
        RestAssured.given().get("/q/health/live").then().statusCode(200);
        RestAssured.given().get("/q/openapi").then().statusCode(200);
    }
}
