package io.groundswell.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference point "what a team would pick instead": PostgreSQL full-text statistics
 * ({@code ts_stat}) over the same posts, and pgbench's single-row upsert rate on the same server.
 * The posts keep their words as a stored, GIN-indexed tsvector column, as a PostgreSQL user would
 * build it; the same statistics parsed from the text in every query are kept as a second figure.
 */
final class PostgresReference implements AutoCloseable {

    /** Where ts_stat reads a post's words from. */
    enum Vectors {
        /** The stored tsvector column, parsed once when the post is written. */
        STORED("document"),
        /** The text, parsed again by every query. */
        PER_QUERY("to_tsvector(''english'', title || '' '' || body)");

        /** The column expression, its quotes doubled: it goes inside ts_stat's quoted query. */
        private final String expression;

        Vectors(String expression) {
            this.expression = expression;
        }
    }

    private final String url = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/groundswell_test");
    private final String user = System.getProperty("bench.pg.user", "groundswell");
    private final Connection connection;
    private PreparedStatement insert;
    private int pending;

    private PostgresReference(Connection connection) {
        this.connection = connection;
    }

    /** Connects, or empty when no PostgreSQL server is reachable (the rows then say skipped). */
    static Optional<PostgresReference> connect() {
        try {
            PostgresReference pg = new PostgresReference(DriverManager.getConnection(
                    System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/groundswell_test")
                            + "?reWriteBatchedInserts=true",
                    System.getProperty("bench.pg.user", "groundswell"),
                    System.getProperty("bench.pg.password", "groundswell")));
            pg.prepare();
            return Optional.of(pg);
        } catch (SQLException e) {
            System.out.println(
                    "BENCH | PostgreSQL not reachable (" + e.getMessage() + "): its reference rows are skipped");
            return Optional.empty();
        }
    }

    private void prepare() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_post");
            s.execute("CREATE TABLE bench_post (id BIGSERIAL PRIMARY KEY, created_at TIMESTAMPTZ NOT NULL,"
                    + " title TEXT NOT NULL, body TEXT NOT NULL, document TSVECTOR GENERATED ALWAYS AS"
                    + " (to_tsvector('english', title || ' ' || body)) STORED)");
            s.execute("DROP TABLE IF EXISTS bench_rating");
            s.execute("CREATE TABLE bench_rating (post_id BIGINT NOT NULL, rater_id BIGINT NOT NULL,"
                    + " stars SMALLINT NOT NULL, PRIMARY KEY (post_id, rater_id))");
        }
        connection.setAutoCommit(false);
        insert = connection.prepareStatement("INSERT INTO bench_post (created_at, title, body) VALUES (?, ?, ?)");
    }

    void add(Map<String, Object> post, String plainBody) throws SQLException {
        insert.setTimestamp(1, Timestamp.from(Instant.parse((String) post.get("createdAt"))));
        insert.setString(2, (String) post.get("title"));
        insert.setString(3, plainBody);
        insert.addBatch();
        if (++pending == 1000) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            connection.commit();
            pending = 0;
        }
    }

    void indexDates() throws SQLException {
        flush();
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS bench_post_created ON bench_post (created_at)");
            s.execute("CREATE INDEX IF NOT EXISTS bench_post_document ON bench_post USING GIN (document)");
            s.execute("ANALYZE bench_post");
        }
        connection.commit();
    }

    /** The 100 most frequent words of the window by ts_stat; returns the elapsed nanoseconds. */
    long topWords(Vectors vectors, Instant from, Instant to) throws SQLException {
        return timed("SELECT word, ndoc FROM " + tsStat(vectors, from, to) + " ORDER BY ndoc DESC LIMIT 100");
    }

    /**
     * The 100 words of the window most frequent relative to the baseline before it, by two
     * ts_stat calls joined on the word (what trends compute); returns the elapsed nanoseconds.
     */
    long risingWords(Vectors vectors, Instant from, Instant to, Instant baselineFrom) throws SQLException {
        return timed("SELECT w.word, w.ndoc, coalesce(b.ndoc, 0) FROM " + tsStat(vectors, from, to)
                + " w LEFT JOIN " + tsStat(vectors, baselineFrom, from) + " b ON b.word = w.word"
                + " ORDER BY (w.ndoc + 1.0) / (coalesce(b.ndoc, 0) + 1.0) DESC, w.ndoc DESC LIMIT 100");
    }

    private static String tsStat(Vectors vectors, Instant from, Instant to) {
        return "ts_stat('SELECT " + vectors.expression + " FROM bench_post WHERE created_at >= ''"
                + Timestamp.from(from) + "'' AND created_at < ''" + Timestamp.from(to) + "''')";
    }

    private long timed(String sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            int count = 0;
            while (rows.next()) {
                count++;
            }
            if (count == 0) {
                throw new IllegalStateException("ts_stat found no words in the window");
            }
        }
        connection.commit();
        return System.nanoTime() - start;
    }

    /** pgbench: 64 clients upserting single rows for 10 seconds; returns transactions per second. */
    double pgbenchUpsertsPerSecond() throws IOException, InterruptedException {
        Path script = Files.createTempFile("upsert", ".sql");
        Files.writeString(
                script,
                "\\set post random(1, 100000)\n\\set rater random(1, 64)\n\\set stars random(1, 5)\n"
                        + "INSERT INTO bench_rating (post_id, rater_id, stars) VALUES (:post, :rater, :stars)"
                        + " ON CONFLICT (post_id, rater_id) DO UPDATE SET stars = EXCLUDED.stars;\n");
        Matcher database = Pattern.compile("//([^:/]+):(\\d+)/([^?]+)").matcher(url);
        if (!database.find()) {
            throw new IllegalStateException("cannot read host and database from " + url);
        }
        Process pgbench = new ProcessBuilder(
                        "pgbench",
                        "-n",
                        "-c",
                        "64",
                        "-j",
                        "2",
                        "-T",
                        "10",
                        "-f",
                        script.toString(),
                        "-h",
                        database.group(1),
                        "-p",
                        database.group(2),
                        "-U",
                        user,
                        database.group(3))
                .redirectErrorStream(true)
                .start();
        String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        pgbench.waitFor();
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps: " + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    /** Drops the reference tables: a database shared with the application's tests stays as it was. */
    @Override
    public void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_post");
            s.execute("DROP TABLE IF EXISTS bench_rating");
            connection.commit();
        } finally {
            connection.close();
        }
    }
}
