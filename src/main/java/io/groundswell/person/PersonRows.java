package io.groundswell.person;

import io.groundswell.person.PersonDirectory.PersonRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The person table written over a connection in auto-commit mode: every insert or update is a
 * statement committed on its own, so it holds a row lock for one statement and never waits for, or
 * makes others wait for, a whole chunk of posts.
 */
final class PersonRows {

    /** Keys per {@code in (...)} list: one lookup of the unique index per key. */
    private static final int MAX_IN_LIST = 500;

    /** What the directory knows of a stored person. */
    record Stored(long id, String displayName, String department) {}

    private static final String INSERT =
            // The id is a value of the sequence itself. Hibernate's pooled optimizer treats each value
            // it draws as the top of a block of 50 it then uses alone, so a value drawn here is in no
            // one else's block.
            "INSERT INTO person (id, person_key, display_name, department, opted_out, created_at)"
                    + " VALUES (nextval('person_seq'), ?, ?, ?, FALSE, ?)";
    private static final String UPDATE = "UPDATE person SET display_name = ?, department = ? WHERE id = ?";

    /** SQLState of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Connection db;

    PersonRows(Connection db) throws SQLException {
        if (!db.getAutoCommit()) {
            db.setAutoCommit(true);
        }
        this.db = db;
    }

    /** Stored people among {@code keys}, by key. */
    Map<String, Stored> find(List<String> keys) throws SQLException {
        Map<String, Stored> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += MAX_IN_LIST) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + MAX_IN_LIST));
            String sql = "SELECT id, person_key, display_name, department FROM person WHERE person_key IN ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ")";
            try (PreparedStatement select = db.prepareStatement(sql)) {
                for (int i = 0; i < part.size(); i++) {
                    select.setString(i + 1, part.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(2), new Stored(rows.getLong(1), rows.getString(3), rows.getString(4)));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Inserts a person; false if someone else stored the key first (a concurrent writer naming the
     * same new person), which is expected and not an error.
     */
    boolean insert(PersonRef ref, Instant now) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(INSERT)) {
            insert.setString(1, ref.key());
            insert.setString(2, ref.displayName() == null ? ref.key() : ref.displayName());
            insert.setString(3, ref.department());
            insert.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Gives a stored person the display name and department a reference states, if they differ. */
    void refresh(Stored stored, PersonRef ref) throws SQLException {
        String displayName = ref.displayName() == null ? stored.displayName() : ref.displayName();
        String department = ref.department() == null ? stored.department() : ref.department();
        if (Objects.equals(displayName, stored.displayName()) && Objects.equals(department, stored.department())) {
            return;
        }
        try (PreparedStatement update = db.prepareStatement(UPDATE)) {
            update.setString(1, displayName);
            update.setString(2, department);
            update.setLong(3, stored.id());
            update.executeUpdate();
        }
    }
}
