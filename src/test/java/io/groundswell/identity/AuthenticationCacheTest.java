package io.groundswell.identity;

import io.groundswell.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Verified passwords stay cached when someone else's account changes. Whether a password was
 * served from the cache shows once the stored hash is changed behind the cache's back: only a
 * cached verification still accepts the old password.
 */
@QuarkusTest
class AuthenticationCacheTest {

    @Inject
    Authenticator authenticator;

    private static void changeStoredHash(String username) {
        String otherHash = Secrets.hashPassword("an entirely different password");
        QuarkusTransaction.requiringNew()
                .run(() -> UserAccount.update("passwordHash = ?1 where username = ?2", otherHash, username));
    }

    @Test
    void shouldKeepEveryoneVerifiedWhenAUserIsCreated() {
        Api.User alice = Api.newEmployee();
        alice.given().get("/api/me").then().statusCode(200);
        changeStoredHash(alice.username());
        alice.given().get("/api/me").then().statusCode(200);

        Api.User bob = Api.newEmployee();

        alice.given().get("/api/me").then().statusCode(200);
        bob.given().get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldForgetTheVerifiedPasswordsOfTheUserNamed() {
        Api.User carol = Api.newEmployee();
        Api.User dave = Api.newEmployee();
        carol.given().get("/api/me").then().statusCode(200);
        dave.given().get("/api/me").then().statusCode(200);
        changeStoredHash(carol.username());
        changeStoredHash(dave.username());

        authenticator.forget(carol.username());

        carol.given().get("/api/me").then().statusCode(401);
        dave.given().get("/api/me").then().statusCode(200);
    }
}
