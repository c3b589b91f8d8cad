package io.groundswell.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlannerStatisticsTest {

    @Inject
    PlannerStatistics statistics;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldAnalyzeTheBulkTablesOnPostgreSql() throws Exception {
        assumeTrue(
                isPostgreSql(),
                "embedded H2: nothing to refresh (this test runs in the PostgreSQL suite, ./mvnw verify -Ppostgresql)");
        Instant before = Instant.now().minusSeconds(1);

        statistics.refreshAfterBulkChange();

        // The statistics views may lag a moment behind the ANALYZE that was done.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(lastAnalyze("post_tag"))
                .as("last ANALYZE of post_tag")
                .isNotNull()
                .isAfterOrEqualTo(before));
    }

    @Test
    void shouldDoNothingHarmfulOnH2() throws Exception {
        assumeTrue(!isPostgreSql(), "PostgreSQL: covered by the test above");
        statistics.refreshAfterBulkChange();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }

    private boolean isPostgreSql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }
    }

    private Instant lastAnalyze(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement query = connection.createStatement();
                ResultSet row = query.executeQuery(
                        "SELECT last_analyze FROM pg_stat_user_tables WHERE relname = '" + table + "'")) {
            if (!row.next()) {
                return null;
            }
            Timestamp at = row.getTimestamp(1);
            return at == null ? null : at.toInstant();
        }
    }
}
