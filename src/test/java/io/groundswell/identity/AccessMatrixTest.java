package io.groundswell.identity;

import static io.groundswell.testing.PostBuilder.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
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

    /** The contract: a row per call, the status each caller gets, in the order of {@link Who}. */
    enum Call {
        CREATE_POST(401, 201, 201, 201, 201, 403),
        READ_POST(401, 200, 200, 200, 200, 200),
        /** Related posts come from the search index: for the people who may search. */
        READ_RELATED_POSTS(401, 200, 200, 200, 403, 403),
        DELETE_POST(401, 403, 403, 204, 204, 403),
        RATE_OWN(401, 200, 200, 200, 403, 403),
        RATE_ON_BEHALF(401, 403, 403, 403, 403, 200),
        LIST_USERS(401, 403, 403, 200, 403, 403),
        LIST_API_KEYS(401, 403, 403, 200, 403, 403),
        EDIT_USER(401, 403, 403, 200, 403, 403),
        READ_AUDIT_LOG(401, 403, 403, 200, 403, 403);

        private final int[] statuses;

        Call(int... statuses) {
            this.statuses = statuses;
        }

        int statusFor(Who who) {
            return statuses[who.ordinal()];
        }
    }

    static Stream<Arguments> contract() {
        return Arrays.stream(Call.values())
                .flatMap(call -> Arrays.stream(Who.values()).map(who -> Arguments.of(call, who, call.statusFor(who))));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("contract")
    void shouldAnswerEveryCallerAsTheContractSays(Call call, Who who, int status) {
        send(call, who).then().statusCode(status);
    }

    private static Response send(Call call, Who who) {
        RequestSpecification spec = who.spec.get();
        return switch (call) {
            case CREATE_POST -> spec.contentType(ContentType.JSON)
                    .body(newPostBody(who))
                    .post("/api/posts");
            case READ_POST -> spec.get("/api/posts/{id}", newPost());
            case READ_RELATED_POSTS -> spec.get("/api/posts/{id}/related", newPost());
            case DELETE_POST -> spec.delete("/api/posts/{id}", newPost());
            case RATE_OWN -> spec.contentType(ContentType.JSON)
                    .body(Map.of("stars", 4))
                    .put("/api/posts/{id}/rating", newPost());
            case RATE_ON_BEHALF -> spec.contentType(ContentType.JSON)
                    .body(Map.of("stars", 5))
                    .put("/api/posts/{id}/ratings/{rater}", newPost(), "liker-1");
            case LIST_USERS -> spec.get("/api/admin/users");
            case LIST_API_KEYS -> spec.get("/api/admin/api-keys");
            case EDIT_USER -> spec.contentType(ContentType.JSON)
                    .body(Map.of("department", "Engineering"))
                    .patch("/api/admin/users/{u}", Callers.EMPLOYEE.username());
            case READ_AUDIT_LOG -> spec.get("/api/admin/audit");
        };
    }

    /** A post's JSON; keys post on behalf of an author, people as themselves. */
    private static Map<String, Object> newPostBody(Who who) {
        var body = post(Callers.SOURCE, Api.unique("c"));
        return who == Who.INGEST_KEY || who == Who.RATE_KEY
                ? body.author("someone", "S", "Ops").build()
                : body.build();
    }

    private static long newPost() {
        return post(Callers.SOURCE, Api.unique("m"))
                .author("matrix-author", "M", "Ops")
                .createAs(Api.withKey(Callers.INGEST_KEY));
    }

    /** Only people change their own password (API keys have none); only admins set someone else's. */
    @Test
    void shouldLetPeopleChangeTheirOwnPasswordAndOnlyAdminsResetOthers() {
        var change = Map.of("currentPassword", "not the password", "newPassword", "a lighthouse on the moor");
        var reset = Map.of("newPassword", "a lighthouse on the moor");
        String leader = Callers.LEADER.username();
        Who.ANONYMOUS
                .spec
                .get()
                .contentType(ContentType.JSON)
                .body(change)
                .put("/api/me/password")
                .then()
                .statusCode(401);
        Who.INGEST_KEY
                .spec
                .get()
                .contentType(ContentType.JSON)
                .body(change)
                .put("/api/me/password")
                .then()
                .statusCode(403);
        Who.ANONYMOUS
                .spec
                .get()
                .contentType(ContentType.JSON)
                .body(reset)
                .put("/api/admin/users/{u}/password", leader)
                .then()
                .statusCode(401);
        Who.EMPLOYEE
                .spec
                .get()
                .contentType(ContentType.JSON)
                .body(reset)
                .put("/api/admin/users/{u}/password", leader)
                .then()
                .statusCode(403);
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
    void shouldKeepHealthPublicAndOperationsBehindSignIn() {
        RestAssured.given().get("/q/health/live").then().statusCode(200);
        RestAssured.given().get("/q/openapi").then().statusCode(401);
        RestAssured.given().get("/q/metrics").then().statusCode(401);
        Api.newEmployee().given().get("/q/openapi").then().statusCode(200);
        Api.newEmployee().given().get("/q/metrics").then().statusCode(403);
        Api.asAdmin().get("/q/metrics").then().statusCode(200);
    }
}
