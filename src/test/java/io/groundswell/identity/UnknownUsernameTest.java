package io.groundswell.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.testing.Api;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A sign-in as a username without an account costs what a wrong password for a real account costs:
 * one bcrypt check, against a hash of the same scheme and cost. Shown by counting the checks, not
 * by timing them.
 */
@QuarkusTest
class UnknownUsernameTest {

    @Inject
    MeterRegistry metrics;

    private double passwordChecks() {
        return metrics.counter("groundswell.sign-in.password-checks").count();
    }

    private double checksFor(String username, String password) {
        double before = passwordChecks();
        given().auth()
                .preemptive()
                .basic(username, password)
                .get("/api/me")
                .then()
                .statusCode(401);
        return passwordChecks() - before;
    }

    @Test
    void shouldCheckOnePasswordForAnUnknownUsernameAsForAKnownOne() {
        Api.User known = Api.newEmployee();

        double unknownChecks = checksFor(Api.unique("nobody"), "some-wrong-password");
        double knownChecks = checksFor(known.username(), "some-wrong-password");

        assertThat(unknownChecks).isEqualTo(1);
        assertThat(knownChecks).isEqualTo(1);
    }

    @Test
    void shouldCheckUnknownUsernamesAgainstAHashOfTheSameSchemeAndCost() {
        String stored = Secrets.hashPassword("a password an admin set");
        // {sha256-bcrypt}$2a$10$: the scheme marker, the bcrypt version and the cost.
        String schemeAndCost = stored.substring(0, stored.indexOf('$', Secrets.PREHASHED.length() + 4) + 1);

        assertThat(schemeAndCost).startsWith(Secrets.PREHASHED).endsWith("$10$");
        assertThat(Authenticator.NO_ACCOUNT_HASH).startsWith(schemeAndCost).hasSameSizeAs(stored);
    }
}
