package io.groundswell.frontend;

import io.groundswell.testing.OwnDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * Demo mode with an organisation small enough to seed in seconds, yet with enough recent posts
 * (600 over 45 days) that the 7-day window has a full list of trends and a cloud.
 */
public class DemoDashboardProfile implements QuarkusTestProfile {

    static final int POSTS = 600;
    static final String PASSWORD = "demo-dashboard-password";

    /** The PostgreSQL schema of these tests, apart from the one the other test classes share. */
    static final String SCHEMA = "frontend_demo";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("groundswell.demo", "true");
        overrides.put("groundswell.demo-data.posts", String.valueOf(POSTS));
        overrides.put("groundswell.demo-data.people", "120");
        overrides.put("groundswell.demo-data.days", "45");
        overrides.put("groundswell.demo.password", PASSWORD);
        // A database of its own, because demo mode seeds only an empty one and the other test
        // classes of a run share theirs.
        overrides.putAll(OwnDatabase.named(SCHEMA));
        return overrides;
    }
}
