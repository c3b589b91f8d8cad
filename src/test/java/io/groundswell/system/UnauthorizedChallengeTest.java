package io.groundswell.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A 401 challenges HTTP clients to send Basic credentials, but not the dashboard's scripts: a
 * challenge to fetch() makes the browser pop up its own password dialog over the sign-in form.
 */
@QuarkusTest
class UnauthorizedChallengeTest {

    @Test
    void shouldChallengeClientsWithoutTheScriptHeader() {
        given().get("/api/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"Groundswell\"")
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
                .header("WWW-Authenticate", "Basic realm=\"Groundswell\"");
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
