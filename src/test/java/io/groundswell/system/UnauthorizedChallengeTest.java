package io.groundswell.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A 401 challenges HTTP clients, but never with Basic: a browser answers a Basic challenge with its
 * own password dialog and then keeps the password for the origin. The challenge names the scheme of
 * API keys; Basic sent unasked is still accepted. Scripts that say so get no challenge at all.
 */
@QuarkusTest
class UnauthorizedChallengeTest {

    @Test
    void shouldChallengeClientsWithoutTheScriptHeaderButNotWithBasic() {
        given().get("/api/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"Groundswell\"")
                .body("status", equalTo(401));
    }

    @Test
    void shouldChallengeWrongCredentialsWithoutTheScriptHeader() {
        given().auth()
                .preemptive()
                .basic("admin", "not-the-password")
                .get("/api/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"Groundswell\"");
    }

    @Test
    void shouldNotChallengeScriptsThatSayTheyAreScripts() {
        given().header("X-Requested-With", "XMLHttpRequest")
                .get("/api/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", nullValue())
                .contentType("application/problem+json")
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void shouldNotChallengeScriptsWithWrongCredentials() {
        given().header("X-Requested-With", "xmlhttprequest")
                .auth()
                .preemptive()
                .basic("admin", "not-the-password")
                .get("/api/search?q=x")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", nullValue());
    }
}
