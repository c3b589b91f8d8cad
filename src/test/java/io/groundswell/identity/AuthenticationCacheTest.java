package io.groundswell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.testing.Api;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Verified credentials stay cached when someone else's account or key changes. Whether a credential
 * was served from the cache shows once the stored hash is changed behind the cache's back: only a
 * cached verification still accepts the old credential.
 */
@QuarkusTest
class AuthenticationCacheTest {

    @Inject
    Event<CredentialsChanged> credentialsChanged;

    @Inject
    @CacheName(Authenticator.API_KEYS)
    Cache apiKeys;

    private static void changeStoredHash(String username) {
        String otherHash = Secrets.hashPassword("an entirely different password");
        QuarkusTransaction.requiringNew()
                .run(() -> UserAccount.update("passwordHash = ?1 where username = ?2", otherHash, username));
    }

    private static void changeStoredSecret(String keyId) {
        String otherHash = Secrets.sha256("an entirely different secret");
        QuarkusTransaction.requiringNew()
                .run(() -> ApiKey.update("secretHash = ?1 where keyId = ?2", otherHash, keyId));
    }

    private static String keyIdOf(String key) {
        return key.split("_", 3)[1];
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

    /** The path a change to an account takes: an event inside its transaction, observed after the commit. */
    @Test
    void shouldForgetTheVerifiedPasswordsOfTheUserNamed() {
        Api.User carol = Api.newEmployee();
        Api.User dave = Api.newEmployee();
        carol.given().get("/api/me").then().statusCode(200);
        dave.given().get("/api/me").then().statusCode(200);
        changeStoredHash(carol.username());
        changeStoredHash(dave.username());

        QuarkusTransaction.requiringNew()
                .run(() -> credentialsChanged.fire(CredentialsChanged.ofUser(carol.username())));

        carol.given().get("/api/me").then().statusCode(401);
        dave.given().get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldKeepOtherKeysVerifiedWhenAKeyIsRevoked() {
        String kept = Api.newApiKey(List.of("ingest"), List.of(Api.unique("kept")));
        String revoked = Api.newApiKey(List.of("ingest"), List.of(Api.unique("revoked")));
        Api.withKey(kept).get("/api/me").then().statusCode(200);
        Api.withKey(revoked).get("/api/me").then().statusCode(200);
        changeStoredSecret(keyIdOf(kept));

        Api.asAdmin().delete("/api/admin/api-keys/" + keyIdOf(revoked)).then().statusCode(204);

        Api.withKey(revoked).get("/api/me").then().statusCode(401);
        Api.withKey(kept).get("/api/me").then().statusCode(200);
    }

    /**
     * What revocation relies on: a check that read the key before the revocation committed, and
     * completes only after the revocation forgot the key, is not kept for later requests.
     */
    @Test
    void shouldNotKeepACheckThatWasInFlightWhenItsKeyWasForgotten() throws Exception {
        String probe = Api.unique("in-flight");
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> inFlight = CompletableFuture.supplyAsync(() -> apiKeys.get(probe, k -> {
                    loading.countDown();
                    awaitQuietly(release);
                    return "read before the revocation";
                })
                .await()
                .indefinitely());
        loading.await();

        apiKeys.invalidateIf(probe::equals).await().indefinitely();
        release.countDown();
        inFlight.get();

        String later =
                apiKeys.get(probe, k -> "read after the revocation").await().indefinitely();
        assertThat(later).isEqualTo("read after the revocation");
    }

    @Test
    void shouldPublishTheCachesHitsAndMisses() {
        String key = Api.newApiKey(List.of("ingest"), List.of(Api.unique("metrics")));
        Api.withKey(key).get("/api/me").then().statusCode(200);
        Api.withKey(key).get("/api/me").then().statusCode(200);

        String metrics =
                Api.asAdmin().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics.lines())
                .anyMatch(line -> line.startsWith("cache_gets_total")
                        && line.contains("cache=\"" + Authenticator.API_KEYS + "\"")
                        && line.contains("result=\"hit\""))
                .anyMatch(line -> line.startsWith("cache_gets_total")
                        && line.contains("cache=\"" + Authenticator.PASSWORDS + "\"")
                        && line.contains("result=\"miss\""));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
