package io.groundswell.bench;

import io.groundswell.demo.SyntheticPost;
import io.groundswell.testing.PackagedApp;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes history straight into the stopped application's database, as a restored backup or a
 * migration would: a million posts through REST would take hours on this machine and measure
 * nothing the REST ingest row does not. Rows are what the API would store (tags trimmed and
 * lower-cased, titles stripped); the search index is then rebuilt from them on start, which is
 * itself a measured row. The id sequences are moved past the inserted ids.
 */
final class SqlHistory {

    private static final int BATCH = 1000;

    private SqlHistory() {}

    /** Inserts posts {@code from} (inclusive) to {@code to} of the corpus; the app must be stopped. */
    static void insert(PackagedApp app, BenchCorpus corpus, int from, int to) throws SQLException {
        try (Connection db = connect(app)) {
            db.setAutoCommit(false);
            Map<String, Long> people = people(db);
            long nextPerson = max(db, "person") + 1;
            long nextPost = max(db, "post") + 1;
            Instant now = Instant.now();
            try (PreparedStatement person = db.prepareStatement(
                            "INSERT INTO person (id, person_key, display_name, department, opted_out, created_at)"
                                    + " VALUES (?, ?, ?, ?, FALSE, ?)");
                    PreparedStatement post = db.prepareStatement("INSERT INTO post (id, source, external_id, url,"
                            + " title, body, body_format, author_id, created_at, updated_at, rating_count,"
                            + " rating_sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)");
                    PreparedStatement tag = db.prepareStatement("INSERT INTO post_tag (post_id, tag) VALUES (?, ?)")) {
                for (int i = from; i < to; i++) {
                    Map<String, Object> json = corpus.json(i);
                    SyntheticPost synthetic = corpus.post(i);
                    Long authorId = people.get(synthetic.author().key());
                    if (authorId == null) {
                        authorId = nextPerson++;
                        people.put(synthetic.author().key(), authorId);
                        person.setLong(1, authorId);
                        person.setString(2, synthetic.author().key());
                        person.setString(3, synthetic.author().displayName());
                        person.setString(4, synthetic.author().department());
                        person.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                        person.executeUpdate();
                    }
                    long id = nextPost++;
                    OffsetDateTime created = OffsetDateTime.ofInstant(synthetic.createdAt(), ZoneOffset.UTC);
                    post.setLong(1, id);
                    post.setString(2, synthetic.source());
                    post.setString(3, synthetic.externalId());
                    post.setString(4, synthetic.url());
                    post.setString(5, synthetic.title().strip());
                    post.setString(6, (String) json.get("body"));
                    post.setString(7, synthetic.bodyFormat().name());
                    post.setLong(8, authorId);
                    post.setObject(9, created);
                    post.setObject(10, created);
                    post.addBatch();
                    Set<String> tags = new LinkedHashSet<>();
                    synthetic.tags().forEach(t -> tags.add(t.trim().toLowerCase(Locale.ROOT)));
                    for (String t : tags) {
                        tag.setLong(1, id);
                        tag.setString(2, t);
                        tag.addBatch();
                    }
                    if ((i - from + 1) % BATCH == 0 || i == to - 1) {
                        post.executeBatch();
                        tag.executeBatch();
                        db.commit();
                    }
                }
            }
            restartSequence(db, "person_seq", nextPerson + 100);
            restartSequence(db, "post_seq", nextPost + 100);
            db.commit();
            if (db.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                // What autovacuum would do in production (it is off on some servers): without
                // statistics the planner scans all of post_tag to load a page of search hits.
                try (Statement analyze = db.createStatement()) {
                    analyze.execute("ANALYZE post, post_tag, person");
                }
                db.commit();
            }
        }
    }

    private static Connection connect(PackagedApp app) throws SQLException {
        String url = System.getProperty("groundswell.it.jdbc.url");
        if (url != null) {
            return DriverManager.getConnection(
                    url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true",
                    System.getProperty("groundswell.it.jdbc.username"),
                    System.getProperty("groundswell.it.jdbc.password", ""));
        }
        return DriverManager.getConnection(
                "jdbc:h2:file:" + app.dataDir().toAbsolutePath() + "/db/groundswell", "groundswell", "");
    }

    private static Map<String, Long> people(Connection db) throws SQLException {
        Map<String, Long> people = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("SELECT person_key, id FROM person")) {
            while (rows.next()) {
                people.put(rows.getString(1), rows.getLong(2));
            }
        }
        return people;
    }

    private static long max(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void restartSequence(Connection db, String sequence, long next) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + next);
        }
    }
}
