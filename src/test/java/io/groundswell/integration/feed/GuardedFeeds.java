package io.groundswell.integration.feed;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The production defaults for feed addresses (no 127.0.0.1 in the allow-list, which the test
 * profile adds for its local feed servers), with 127.0.0.2 as the one allowed internal address,
 * and a short fetch deadline so a slow feed fails quickly.
 */
public class GuardedFeeds implements QuarkusTestProfile {

    static final String ALLOWED_HOST = "127.0.0.2";
    static final int DEADLINE_SECONDS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "groundswell.integrations.feeds.allowed-networks", ALLOWED_HOST + "/32",
                "groundswell.integrations.feeds.timeout", "PT" + DEADLINE_SECONDS + "S");
    }
}
