package io.groundswell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.testing.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A revoked API key is refused to every request that starts after the revocation was acknowledged,
 * however busy the key was while it was revoked.
 */
@QuarkusTest
class ApiKeyRevocationTest {

    private static final int USERS = 6;
    private static final int REQUESTS_AFTER_ACKNOWLEDGEMENT = 20;
    /** The race is a matter of timing: several rounds give it several chances. */
    private static final int ROUNDS = 5;

    private final HttpClient http = HttpClient.newHttpClient();

    @TestHTTPResource("/api/me")
    URI me;

    @Test
    void shouldRefuseARevokedKeyToEveryRequestStartedAfterTheAcknowledgement() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            assertThat(revokeWhileInUse()).isEmpty();
        }
    }

    /** Revokes a key that several users are calling with; returns what they saw that they should not have. */
    private List<String> revokeWhileInUse() throws Exception {
        String key = Api.newApiKey(List.of("ingest"), List.of(Api.unique("revoked")));
        String keyId = key.split("_", 3)[1];
        AtomicBoolean acknowledged = new AtomicBoolean();
        CountDownLatch everyoneVerified = new CountDownLatch(USERS);
        List<String> wrong = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        try {
            List<Future<?>> users = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                users.add(pool.submit(() -> {
                    try {
                        int first = status(key);
                        if (first != 200) {
                            wrong.add("before the revocation: " + first);
                        }
                    } finally {
                        // A user whose first request failed must not keep the revocation waiting.
                        everyoneVerified.countDown();
                    }
                    int afterAcknowledgement = 0;
                    while (afterAcknowledgement < REQUESTS_AFTER_ACKNOWLEDGEMENT) {
                        boolean startedAfterAcknowledgement = acknowledged.get();
                        int status = status(key);
                        if (startedAfterAcknowledgement) {
                            afterAcknowledgement++;
                            if (status != 401) {
                                wrong.add("after the revocation: " + status);
                            }
                        } else if (status != 200 && status != 401) {
                            wrong.add("during the revocation: " + status);
                        }
                    }
                    return null;
                }));
            }
            assertThat(everyoneVerified.await(2, TimeUnit.MINUTES))
                    .as("every user made a first request")
                    .isTrue();
            Api.asAdmin().delete("/api/admin/api-keys/" + keyId).then().statusCode(204);
            acknowledged.set(true);
            for (Future<?> user : users) {
                user.get(); // an exception in a user fails the test here
            }
        } finally {
            pool.shutdownNow();
        }
        return wrong;
    }

    private int status(String key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(me)
                .timeout(Duration.ofMinutes(1))
                .header("Authorization", "Bearer " + key)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
