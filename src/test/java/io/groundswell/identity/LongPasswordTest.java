package io.groundswell.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.groundswell.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Passwords longer than bcrypt's 72 bytes: accepted when an admin sets one, a plain failed sign-in
 * when guessed, and never an error with a stack trace in the log.
 */
@QuarkusTest
class LongPasswordTest {

    /** Built by hand: the header must carry UTF-8, whatever the platform's default charset. */
    private static RequestSpecification signedInAs(String username, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return given().header("Authorization", "Basic " + credentials);
    }

    private static void createEmployee(String username, String password) {
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "roles", List.of("employee")))
                .post("/api/admin/users")
                .then()
                .statusCode(201);
    }

    @Test
    void shouldAnswerA1000BytePasswordWith401AndNoStackTrace() {
        try (LogCapture log = LogCapture.errorsAndTraces()) {
            signedInAs(Api.admin().username(), "p".repeat(1000))
                    .get("/api/me")
                    .then()
                    .statusCode(401);

            assertThat(log.errorsAndTracesSoFar()).isEmpty();
        }
    }

    @Test
    void shouldLetAUserWithA100CharacterMultibytePasswordSignIn() {
        String username = Api.unique("long-pw");
        // 100 characters, 200 bytes in UTF-8; the last word differs, or it would repeat itself.
        String password = "пароль-密码-".repeat(9) + "пароля-密码-";
        assertThat(password).hasSize(100);

        createEmployee(username, password);

        signedInAs(username, password).get("/api/me").then().statusCode(200);
        signedInAs(username, password.substring(0, 99) + "x")
                .get("/api/me")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldStillSignInAUserWhoseHashIsOfTheFirstScheme() {
        String username = Api.unique("old-hash");
        String password = "a password from before";
        createEmployee(username, "replaced below");
        String firstScheme = BCrypt.withDefaults().hashToString(10, password.toCharArray());
        QuarkusTransaction.requiringNew()
                .run(() -> UserAccount.update("passwordHash = ?1 where username = ?2", firstScheme, username));

        try (LogCapture log = LogCapture.errorsAndTraces()) {
            signedInAs(username, password).get("/api/me").then().statusCode(200);
            signedInAs(username, "p".repeat(1000)).get("/api/me").then().statusCode(401);

            assertThat(log.errorsAndTracesSoFar()).isEmpty();
        }
    }
}
