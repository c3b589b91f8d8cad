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
        // A database of its own: demo mode seeds only an empty one, and other test classes of the
        // same run share the run's data directory.
        String dataDir = System.getProperty("groundswell.data-dir", "./target/test-data/manual") + "-demo-dashboard";
        return Map.of(
                "groundswell.data-dir",
                dataDir,
                "groundswell.demo",
                "true",
                "groundswell.demo-data.posts",
                String.valueOf(POSTS),
                "groundswell.demo-data.people",
                "120",
                "groundswell.demo-data.days",
                "45",
                "groundswell.demo.password",
                PASSWORD);
    }
}
