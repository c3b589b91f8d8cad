package io.groundswell.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed down per account and per client address: past the free failures a
 * sign-in gets 429 with Retry-After, even with the right password, until the lock ends. Each test
 * connects from a loopback address of its own (127.0.0.x), so the address limit of one test does
 * not lock out the others; time stands still unless a test moves the clock.
 */
@QuarkusTest
@TestProfile(SignInThrottlingTest.SmallLimits.class)
class SignInThrottlingTest {

    static final int FREE_PER_ACCOUNT = 3;
    static final int FREE_PER_ADDRESS = 8;

    /** Small limits, and a clock that moves only when told to. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "groundswell.sign-in.free-failures-per-account",
                    Integer.toString(FREE_PER_ACCOUNT),
                    "groundswell.sign-in.free-failures-per-address",
                    Integer.toString(FREE_PER_ADDRESS),
                    "groundswell.sign-in.first-lock",
                    "PT1M",
                    "groundswell.sign-in.longest-lock",
                    "PT10M");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(AdjustableClock.class);
        }
    }

    @Inject
    AdjustableClock clock;

    /** Requests sent from the given loopback address, which Linux accepts as a source for any 127.x. */
    private static RequestSpecification from(String address) {
        try {
            InetAddress local = InetAddress.getByName(address);
            return given().config(RestAssured.config()
                    .httpClient(HttpClientConfig.httpClientConfig().setParam("http.route.local-address", local)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    private static Response signIn(String address, String username, String password) {
        return from(address).auth().preemptive().basic(username, password).get("/api/me");
    }

    private static void failTimes(String address, String username, int times) {
        for (int i = 0; i < times; i++) {
            signIn(address, username, "wrong-password-" + i).then().statusCode(401);
        }
    }

    private static double metric(String name) {
        return Api.asAdmin()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void shouldAnswer429WithRetryAfterOncePastTheFreeFailures() {
        String address = "127.0.0.11";
        Api.User user = Api.newEmployee();
        failTimes(address, user.username(), FREE_PER_ACCOUNT);
        signIn(address, user.username(), "one-more-wrong-password").then().statusCode(401);

        signIn(address, user.username(), "yet-another-wrong-one")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("60"))
                .body("status", equalTo(429))
                .body("detail", containsString("try again"));
    }

    @Test
    void shouldRefuseEvenTheRightPasswordUntilTheLockEnds() {
        String address = "127.0.0.12";
        Api.User user = Api.newEmployee();
        // Verified and cached before the guessing starts: the cache must not bypass the lock.
        signIn(address, user.username(), user.password()).then().statusCode(200);
        failTimes(address, user.username(), FREE_PER_ACCOUNT + 1);

        signIn(address, user.username(), user.password()).then().statusCode(429);
        signIn("127.0.0.13", user.username(), user.password()).then().statusCode(429);

        clock.advance(Duration.ofSeconds(59));
        signIn(address, user.username(), user.password()).then().statusCode(429).header("Retry-After", "1");
        clock.advance(Duration.ofSeconds(1));
        signIn(address, user.username(), user.password()).then().statusCode(200);
    }

    @Test
    void shouldLockUnknownUsernamesLikeKnownOnes() {
        String address = "127.0.0.14";
        String nobody = Api.unique("nobody");
        failTimes(address, nobody, FREE_PER_ACCOUNT + 1);

        signIn(address, nobody, "still-guessing-here").then().statusCode(429);
    }

    @Test
    void shouldForgetAnAccountsFailuresWhenTheRightPasswordComes() {
        String address = "127.0.0.15";
        Api.User user = Api.newEmployee();
        failTimes(address, user.username(), FREE_PER_ACCOUNT);
        signIn(address, user.username(), user.password()).then().statusCode(200);

        failTimes(address, user.username(), FREE_PER_ACCOUNT);

        signIn(address, user.username(), user.password()).then().statusCode(200);
    }

    @Test
    void shouldLockAnAddressThatGuessesAcrossUsernames() {
        String address = "127.0.0.16";
        Api.User user = Api.newEmployee();
        for (int i = 0; i <= FREE_PER_ADDRESS; i++) {
            failTimes(address, Api.unique("sprayed"), 1);
        }

        signIn(address, user.username(), user.password()).then().statusCode(429);
        signIn("127.0.0.17", user.username(), user.password()).then().statusCode(200);
    }

    @Test
    void shouldDoubleTheLockWithEachFailureAfterALockEnds() {
        String address = "127.0.0.19";
        String nobody = Api.unique("doubled");
        failTimes(address, nobody, FREE_PER_ACCOUNT + 1);
        clock.advance(Duration.ofMinutes(1));

        failTimes(address, nobody, 1);

        signIn(address, nobody, "guess-after-the-second-lock")
                .then()
                .statusCode(429)
                .header("Retry-After", "120");
    }

    private static Response changePassword(String address, Api.User user, String current) {
        return from(address)
                .auth()
                .preemptive()
                .basic(user.username(), user.password())
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", current, "newPassword", "a lighthouse on the moor"))
                .put("/api/me/password");
    }

    /** Each of these requests signs in with the right password: that must not forgive the wrong ones. */
    @Test
    void shouldThrottleWrongCurrentPasswordsLikeFailedSignIns() {
        String address = "127.0.0.20";
        Api.User user = Api.newEmployee();
        for (int i = 0; i <= FREE_PER_ACCOUNT; i++) {
            changePassword(address, user, "guess number " + i).then().statusCode(400);
        }

        changePassword(address, user, user.password()).then().statusCode(429).header("Retry-After", "60");
        clock.advance(Duration.ofMinutes(1));
        changePassword(address, user, user.password()).then().statusCode(204);
    }

    @Test
    void shouldCountFailuresAndThrottledSignInsInTheMetrics() {
        String address = "127.0.0.18";
        double failuresBefore = metric("groundswell_sign_in_failures_total");
        double throttledBefore = metric("groundswell_sign_in_throttled_total");
        String nobody = Api.unique("counted");

        failTimes(address, nobody, FREE_PER_ACCOUNT + 1);
        signIn(address, nobody, "locked-out-guess").then().statusCode(429);

        assertThat(metric("groundswell_sign_in_failures_total")).isEqualTo(failuresBefore + FREE_PER_ACCOUNT + 1);
        assertThat(metric("groundswell_sign_in_throttled_total")).isEqualTo(throttledBefore + 1);
    }
}
