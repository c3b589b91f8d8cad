package io.groundswell.frontend;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Demo mode with an organisation small enough to seed in seconds, yet with enough recent posts
 * (600 over 45 days) that the 7-day window has a full list of trends and a cloud.
 */
public class DemoDashboardProfile implements QuarkusTestProfile {

    static final int POSTS = 600;
    static final String PASSWORD = "demo-dashboard-password";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "groundswell.demo", "true",
                "groundswell.demo-data.posts", String.valueOf(POSTS),
                "groundswell.demo-data.people", "120",
                "groundswell.demo-data.days", "45",
                "groundswell.demo.password", PASSWORD);
    }
}
