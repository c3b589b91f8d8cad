package io.groundswell.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.groundswell.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Dashboard sessions: a sign-in sets an HttpOnly, SameSite=Strict cookie that alone signs requests
 * in, until its holder signs out, it expires (idle or absolute, on a clock the test moves), or its
 * account is disabled, deleted or has its password set. No 401 challenges with Basic, while Basic
 * sent unasked still signs in.
 */
@QuarkusTest
@TestProfile(SessionTest.ShortSessions.class)
class SessionTest {

    static final Duration IDLE = Duration.ofHours(2);
    static final Duration ABSOLUTE = Duration.ofHours(12);

    /**
     * A clock that moves only when told to, the default expiry set explicitly, and forwarded headers
     * trusted as behind a proxy that ends TLS.
     */
    public static class ShortSessions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "groundswell.sessions.idle-timeout",
                    IDLE.toString(),
                    "groundswell.sessions.absolute-timeout",
                    ABSOLUTE.toString(),
                    "quarkus.http.proxy.proxy-address-forwarding",
                    "true",
                    "quarkus.http.proxy.allow-x-forwarded",
                    "true");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(AdjustableClock.class);
        }
    }

    @Inject
    AdjustableClock clock;

    @Inject
    Sessions sessions;

    private static Response signIn(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/session");
    }

    /** Signs in and returns the session cookie's value. */
    private static String sessionOf(Api.User user) {
        Response response = signIn(user.username(), user.password());
        response.then().statusCode(200);
        String token = response.getCookie(Sessions.COOKIE);
        assertThat(token).isNotBlank();
        return token;
    }

    private static RequestSpecification withSession(String token) {
        return given().cookie(Sessions.COOKIE, token);
    }

    private static int meWith(String token) {
        return withSession(token).get("/api/me").statusCode();
    }

    @Test
    void shouldSetAStrictHttpOnlyCookieThatAloneSignsIn() {
        Api.User user = Api.newEmployee();

        Response response = signIn(user.username(), user.password());

        response.then()
                .statusCode(200)
                .body("name", equalTo(user.username()))
                .body("displayName", equalTo("Test " + user.username()))
                .body("roles", equalTo(List.of("employee")))
                .body("passwordChangeRequired", equalTo(false));
        String setCookie = response.getHeader("Set-Cookie");
        assertThat(setCookie)
                .startsWith(Sessions.COOKIE + "=")
                .contains("HttpOnly")
                .contains("SameSite=Strict")
                .contains("Path=/")
                .doesNotContainIgnoringCase("secure");
        String token = response.getCookie(Sessions.COOKIE);
        assertThat(token).doesNotContain(user.password());
        withSession(token).get("/api/me").then().statusCode(200).body("name", equalTo(user.username()));
        withSession(token).get("/api/session").then().statusCode(200).body("name", equalTo(user.username()));
        given().get("/api/session").then().statusCode(204);
    }

    @Test
    void shouldMarkTheCookieSecureWhenTheRequestCameOverHttps() {
        Api.User user = Api.newEmployee();

        Response response = given().header("X-Forwarded-Proto", "https")
                .contentType(ContentType.JSON)
                .body(Map.of("username", user.username(), "password", user.password()))
                .post("/api/session");

        response.then().statusCode(200);
        assertThat(response.getHeader("Set-Cookie")).contains("Secure").contains("HttpOnly");
    }

    @Test
    void shouldEndTheSessionOnTheServerWhenSigningOut() {
        Api.User user = Api.newEmployee();
        String token = sessionOf(user);
        assertThat(meWith(token)).isEqualTo(200);

        Response out = withSession(token).delete("/api/session");

        out.then().statusCode(204);
        assertThat(out.getHeader("Set-Cookie"))
                .startsWith(Sessions.COOKIE + "=;")
                .contains("Max-Age=0");
        // The browser would drop the cookie; one kept anyway is refused by the server.
        withSession(token)
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", not(containsBasic()));
        withSession(token).get("/api/session").then().statusCode(204);
        given().delete("/api/session").then().statusCode(204);
    }

    @Test
    void shouldEndASessionIdleForTheIdleTimeout() {
        String token = sessionOf(Api.newEmployee());

        // Each use keeps it alive, however long the session lasts in all.
        for (int i = 0; i < 3; i++) {
            clock.advance(IDLE.minusMinutes(5));
            assertThat(meWith(token)).isEqualTo(200);
        }
        clock.advance(IDLE);

        assertThat(meWith(token)).isEqualTo(401);
        clock.advance(Duration.ofMinutes(-1));
        assertThat(meWith(token))
                .as("an expired session is gone, not only refused")
                .isEqualTo(401);
    }

    @Test
    void shouldNotWriteTheLastUseOnEveryRequest() {
        String token = sessionOf(Api.newEmployee());
        clock.advance(IDLE.minusMinutes(2));
        // Seen now, and again within the same minute: that second use is not written.
        assertThat(meWith(token)).isEqualTo(200);
        clock.advance(Duration.ofSeconds(30));
        assertThat(meWith(token)).isEqualTo(200);

        // Idle counts from the first of the two uses.
        clock.advance(IDLE.minusSeconds(20));
        assertThat(meWith(token)).isEqualTo(401);
    }

    @Test
    void shouldEndASessionAtItsAbsoluteTimeoutHoweverBusy() {
        String token = sessionOf(Api.newEmployee());

        for (int hour = 1; hour < ABSOLUTE.toHours(); hour++) {
            clock.advance(Duration.ofHours(1));
            assertThat(meWith(token)).as("after %d h", hour).isEqualTo(200);
        }
        clock.advance(Duration.ofHours(1));

        assertThat(meWith(token)).isEqualTo(401);
    }

    @Test
    void shouldRefuseTheSessionsOfADisabledAccountAtOnceAndForGood() {
        Api.User user = Api.newEmployee();
        String token = sessionOf(user);
        assertThat(meWith(token)).isEqualTo(200);

        patch(user, Map.of("enabled", false));
        assertThat(meWith(token)).isEqualTo(401);
        patch(user, Map.of("enabled", true));

        assertThat(meWith(token))
                .as("enabling the account again does not bring its sessions back")
                .isEqualTo(401);
        assertThat(meWith(sessionOf(user))).isEqualTo(200);
    }

    @Test
    void shouldDeleteExpiredSessionsThatNobodySignedOutOf() {
        Api.User idle = Api.newEmployee();
        sessionOf(idle);
        clock.advance(IDLE.minusMinutes(30));
        Api.User active = Api.newEmployee();
        String stillActive = sessionOf(active);
        clock.advance(Duration.ofMinutes(31));

        assertThat(sessions.deleteExpired()).isPositive();

        assertThat(sessionCount(idle)).as("the session idle past its timeout").isZero();
        assertThat(sessionCount(active))
                .as("the session still within its timeout")
                .isOne();
        assertThat(meWith(stillActive)).isEqualTo(200);
    }

    private static long sessionCount(Api.User user) {
        return QuarkusTransaction.requiringNew().call(() -> UserSession.count("account.username", user.username()));
    }

    @Test
    void shouldEndTheSessionsOfADeletedAccount() {
        Api.User user = Api.newEmployee();
        String token = sessionOf(user);

        Api.asAdmin().delete("/api/admin/users/{u}", user.username()).then().statusCode(204);

        assertThat(meWith(token)).isEqualTo(401);
    }

    @Test
    void shouldKeepTheSessionThatChangedThePasswordAndEndTheOthers() {
        Api.User user = Api.newEmployee();
        String here = sessionOf(user);
        String elsewhere = sessionOf(user);
        String newPassword = "a new passphrase of mine";

        withSession(here)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", user.password(), "newPassword", newPassword))
                .put("/api/me/password")
                .then()
                .statusCode(204);

        assertThat(meWith(here)).isEqualTo(200);
        assertThat(meWith(elsewhere)).isEqualTo(401);
        signIn(user.username(), user.password()).then().statusCode(401);
        signIn(user.username(), newPassword).then().statusCode(200);
    }

    @Test
    void shouldEndEverySessionOnAnAdminResetAndRequireANewPassword() {
        Api.User user = Api.newEmployee();
        String before = sessionOf(user);
        String reset = "a password the admin set";

        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("newPassword", reset))
                .put("/api/admin/users/{u}/password", user.username())
                .then()
                .statusCode(204);

        assertThat(meWith(before)).isEqualTo(401);
        Response response = signIn(user.username(), reset);
        response.then().statusCode(200).body("passwordChangeRequired", equalTo(true));
        String token = response.getCookie(Sessions.COOKIE);
        withSession(token)
                .get("/api/me/ratings")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/password-change-required"));

        withSession(token)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", reset, "newPassword", "my own choice again"))
                .put("/api/me/password")
                .then()
                .statusCode(204);

        withSession(token).get("/api/me").then().statusCode(200).body("passwordChangeRequired", equalTo(false));
        withSession(token).get("/api/me/ratings").then().statusCode(200);
    }

    @Test
    void shouldAnswerAWrongPassword401AndRepeatedOnes429() {
        Api.User user = Api.newEmployee();

        signIn(user.username(), "not the password")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", not(containsBasic()))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        signIn(Api.unique("nobody"), "not the password").then().statusCode(401);
        Response locked = null;
        for (int i = 0; i < 10 && (locked == null || locked.statusCode() != 429); i++) {
            locked = signIn(user.username(), "still not the password " + i);
        }

        locked.then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        signIn(user.username(), user.password()).then().statusCode(429);
    }

    @Test
    void shouldRefuseASignInPostedFromAnotherSite() {
        Api.User user = Api.newEmployee();

        given().header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.JSON)
                .body(Map.of("username", user.username(), "password", user.password()))
                .post("/api/session")
                .then()
                .statusCode(403)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        given().header("Sec-Fetch-Site", "same-origin")
                .contentType(ContentType.JSON)
                .body(Map.of("username", user.username(), "password", user.password()))
                .post("/api/session")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldNeverChallengeWithBasic() {
        List<RequestSpecification> refused = List.of(
                given(),
                given().header("X-Requested-With", "XMLHttpRequest"),
                given().auth().preemptive().basic("admin", "not-the-password"),
                given().cookie(Sessions.COOKIE, "made-up"),
                given().header("Authorization", "Bearer gs_nokey_nosecret"));
        for (RequestSpecification request : refused) {
            for (String path : List.of("/api/me", "/api/search?q=x", "/q/metrics", "/q/openapi")) {
                Response response = request.get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(401);
                assertThat(response.getHeaders().getValues("WWW-Authenticate"))
                        .as(path)
                        .noneMatch(challenge -> challenge.toLowerCase().startsWith("basic"));
            }
        }
        given().get("/api/me").then().contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void shouldStillAcceptBasicCredentialsSentUnasked() {
        Api.User user = Api.newEmployee();

        user.given().get("/api/me").then().statusCode(200).body("name", equalTo(user.username()));
        Api.asAdmin().get("/api/admin/users").then().statusCode(200);
        // Basic sent along with a session cookie is judged by itself.
        new Api.User(user.username(), "not the password")
                .given()
                .cookie(Sessions.COOKIE, sessionOf(user))
                .get("/api/me")
                .then()
                .statusCode(401);
    }

    private static void patch(Api.User user, Map<String, Object> body) {
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .patch("/api/admin/users/{u}", user.username())
                .then()
                .statusCode(200);
    }

    private static org.hamcrest.Matcher<String> containsBasic() {
        return org.hamcrest.Matchers.containsStringIgnoringCase("basic");
    }
}
