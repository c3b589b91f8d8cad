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
    record Stored(long id, String displayName, String department, boolean managed) {}

    /*
     * A person is created by the database's own upsert, which leaves a key someone else stored first
     * alone and reports no row inserted. The id is a value of the sequence itself: Hibernate's pooled
     * optimizer treats each value it draws as the top of a block of 50 it then uses alone, so a value
     * drawn here is in no one else's block.
     */
    private static final String INSERT_POSTGRESQL =
            "INSERT INTO person (id, person_key, display_name, department, opted_out, created_at)"
                    + " VALUES (nextval('person_seq'), ?, ?, ?, FALSE, ?) ON CONFLICT (person_key) DO NOTHING";
    /** H2 has ON CONFLICT only in its PostgreSQL mode; the standard MERGE does the same. */
    private static final String INSERT_H2 = "MERGE INTO person p USING (VALUES (CAST(? AS VARCHAR(200)),"
            + " CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(100)), CAST(? AS TIMESTAMP WITH TIME ZONE)))"
            + " AS r(person_key, display_name, department, created_at) ON p.person_key = r.person_key"
            + " WHEN NOT MATCHED THEN INSERT (id, person_key, display_name, department, opted_out, created_at)"
            + " VALUES (nextval('person_seq'), r.person_key, r.display_name, r.department, FALSE, r.created_at)";

    private static final String UPDATE = "UPDATE person SET display_name = ?, department = ? WHERE id = ?";

    /** SQLState of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Connection db;
    private final String insert;

    PersonRows(Connection db) throws SQLException {
        if (!db.getAutoCommit()) {
            db.setAutoCommit(true);
        }
        this.db = db;
        this.insert = "PostgreSQL".equals(db.getMetaData().getDatabaseProductName()) ? INSERT_POSTGRESQL : INSERT_H2;
    }

    /** Stored people among {@code keys}, by key. */
    Map<String, Stored> find(List<String> keys) throws SQLException {
        Map<String, Stored> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += MAX_IN_LIST) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + MAX_IN_LIST));
            String sql = "SELECT id, person_key, display_name, department, managed FROM person WHERE person_key IN ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ")";
            try (PreparedStatement select = db.prepareStatement(sql)) {
                for (int i = 0; i < part.size(); i++) {
                    select.setString(i + 1, part.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(
                                rows.getString(2),
                                new Stored(rows.getLong(1), rows.getString(3), rows.getString(4), rows.getBoolean(5)));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Inserts a person; false if the key is stored already, typically by a concurrent writer naming
     * the same new person, which is expected and not an error. Two writers inserting the same key at
     * the same instant may still meet in the unique index (the upsert then waits for the other one and
     * fails): that, too, is someone else's person.
     */
    boolean insert(PersonRef ref, Instant now) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(insert)) {
            statement.setString(1, ref.key());
            statement.setString(2, ref.displayName() == null ? ref.key() : ref.displayName());
            statement.setString(3, ref.department());
            statement.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Gives a stored person the display name and department a reference states, if they differ;
     * never to an account holder, whose name and department only the directory sets.
     */
    void refresh(Stored stored, PersonRef ref) throws SQLException {
        if (stored.managed()) {
            return;
        }
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
