package io.groundswell.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * Overrides that give a test profile a database of its own, empty at its start, apart from the one
 * the other test classes of a run share: on H2 a data directory of its own (which also holds the
 * index), on PostgreSQL a schema of its own, cleaned at every start (as DemoDashboardProfile does).
 */
public final class OwnDatabase {

    private OwnDatabase() {}

    /** The overrides for a database named {@code name} (letters, digits and underscores). */
    public static Map<String, String> named(String name) {
        Map<String, String> overrides = new HashMap<>();
        String dataDir = System.getProperty("groundswell.data-dir", "./target/test-data/manual") + "-" + name;
        overrides.put("groundswell.data-dir", dataDir);
        String jdbcUrl = System.getProperty("quarkus.datasource.jdbc.url", "");
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            overrides.put(
                    "quarkus.datasource.jdbc.url",
                    jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + name);
            overrides.put("quarkus.flyway.schemas", name);
            overrides.put("quarkus.flyway.clean-at-start", "true");
        }
        return overrides;
    }
}
