package io.groundswell.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V7 moves the people API keys named to their source's namespace and marks account holders as managed. */
class PersonKeyMigrationTest {

    private static final String URL = "jdbc:h2:mem:v7-people;DB_CLOSE_DELAY=-1";

    @Test
    void shouldPrefixIntegrationPeopleWithTheirSourceAndLeaveAccountHoldersAlone() throws SQLException {
        migrate("6.1");
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO person (id, person_key, display_name, created_at) VALUES"
                    + " (1, 'alice', 'Alice', CURRENT_TIMESTAMP),"
                    + " (2, 'bob', 'Bob', CURRENT_TIMESTAMP),"
                    + " (3, 'fan', 'Fan', CURRENT_TIMESTAMP),"
                    + " (4, 'forum:jane', 'Jane', CURRENT_TIMESTAMP),"
                    + " (5, 'loner', 'Loner', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO user_account (id, username, password_hash, roles, person_id, created_at)"
                    + " VALUES (1, 'alice', 'x', 'employee', 1, CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO post (id, source, external_id, title, body, body_format, author_id,"
                    + " created_at, updated_at) VALUES"
                    + " (1, 'wiki', 'w1', 'T', 'B', 'TEXT', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),"
                    + " (2, 'wiki', 'w2', 'T', 'B', 'TEXT', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),"
                    + " (3, 'forum', 'f1', 'T', 'B', 'TEXT', 4, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO rating (id, post_id, rater_id, stars, created_at, updated_at) VALUES"
                    + " (1, 3, 3, 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),"
                    + " (2, 1, 1, 4, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }

        migrate("7");

        Map<Long, String> keys = new HashMap<>();
        Map<Long, Boolean> managed = new HashMap<>();
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT id, person_key, managed FROM person")) {
            while (rows.next()) {
                keys.put(rows.getLong(1), rows.getString(2));
                managed.put(rows.getLong(1), rows.getBoolean(3));
            }
        }
        assertThat(keys)
                .containsEntry(1L, "alice")
                .containsEntry(2L, "wiki:bob")
                .containsEntry(3L, "forum:fan")
                .containsEntry(4L, "forum:jane")
                .containsEntry(5L, "loner");
        assertThat(managed).containsEntry(1L, true).containsEntry(2L, false).containsEntry(3L, false);
    }

    private static void migrate(String target) {
        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }
}
