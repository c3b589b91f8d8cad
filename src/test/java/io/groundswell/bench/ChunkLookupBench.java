package io.groundswell.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * What the existence check of one 500-post chunk costs as the history grows, in both query forms:
 * {@code source = ? and external_id in (...)} (what PostgreSQL runs) and {@code (source, external_id)
 * in ((?, ?), ...)} (what H2 runs). All posts share one source, as an integration's do. A main, not a
 * test: it writes up to a million rows and times them. Run it with
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/test.classpath) io.groundswell.bench.ChunkLookupBench [sizes...]
 * </pre>
 *
 * On PostgreSQL add {@code -Dbench.lookup.url=jdbc:postgresql://127.0.0.1:5432/NAME} (and
 * {@code -Dbench.lookup.user}, {@code -Dbench.lookup.password}) naming a database of its own: its
 * schema is dropped first. H2 tells the rows it read for a query; PostgreSQL tells its plan's access
 * path instead.
 */
public final class ChunkLookupBench {

    private static final int CHUNK = 500;
    private static final int WARMUP = 5;
    private static final int RUNS = 11;
    private static final String SOURCE = "bench";
    private static final String URL = System.getProperty("bench.lookup.url");
    private static final String USER = System.getProperty("bench.lookup.user", "groundswell");
    private static final String PASSWORD = System.getProperty("bench.lookup.password", "groundswell");

    private ChunkLookupBench() {}

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? new int[] {10_000, 100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        String url = URL == null ? emptyH2() : URL;
        String user = URL == null ? "bench" : USER;
        String password = URL == null ? "" : PASSWORD;
        Flyway flyway = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .load();
        flyway.clean();
        flyway.migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            try (Statement statement = db.createStatement()) {
                statement.execute("INSERT INTO person (id, person_key, display_name, opted_out, created_at)"
                        + " VALUES (1, 'bench-author', 'Bench Author', FALSE, CURRENT_TIMESTAMP)");
            }
            String unit = isH2(db) ? "rows" : "access";
            System.out.printf(
                    Locale.ROOT,
                    "%s%n%10s  %26s  %26s%n",
                    db.getMetaData().getDatabaseProductName(),
                    "posts",
                    "source + IN: ms (" + unit + ")",
                    "row-value IN: ms (" + unit + ")");
            int stored = 0;
            for (int size : sizes) {
                grow(db, stored, size);
                stored = size;
                String before = measure(db, beforeSql(), size, false);
                String now = measure(db, nowSql(), size, true);
                System.out.printf(Locale.ROOT, "%10d  %26s  %26s%n", size, before, now);
            }
        }
    }

    private static String emptyH2() throws java.io.IOException {
        Path dir = Path.of("target/bench/chunk-lookup");
        Files.createDirectories(dir);
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        return "jdbc:h2:async:./" + dir + "/db;WRITE_DELAY=0";
    }

    private static boolean isH2(Connection db) throws SQLException {
        return "H2".equals(db.getMetaData().getDatabaseProductName());
    }

    private static void grow(Connection db, int from, int to) throws SQLException {
        String range = isH2(db) ? "SYSTEM_RANGE" : "generate_series";
        try (Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO post (id, source, external_id, title, body, body_format, author_id,"
                    + " created_at, updated_at) SELECT x, '" + SOURCE + "', 'e-' || x, 'A title', 'A body', 'TEXT', 1,"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM " + range + "(" + (from + 1) + ", " + to
                    + ") AS r(x)");
            if (!isH2(db)) {
                // Statistics as autovacuum would have them by now: the planner chooses by them.
                statement.execute("ANALYZE post");
            }
        }
    }

    /** 450 stored posts spread over the history and 50 new ones, as a chunk of updates and news. */
    private static List<String> chunk(int size, Random random) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CHUNK - 50; i++) {
            ids.add("e-" + (1 + random.nextInt(size)));
        }
        for (int i = 0; i < 50; i++) {
            ids.add("new-" + i);
        }
        Collections.shuffle(ids, random);
        return ids;
    }

    private static String beforeSql() {
        return "SELECT * FROM post WHERE source = ? AND external_id IN ("
                + String.join(", ", Collections.nCopies(CHUNK, "?")) + ")";
    }

    private static String nowSql() {
        return "SELECT * FROM post WHERE (source, external_id) IN ("
                + String.join(", ", Collections.nCopies(CHUNK, "(?, ?)")) + ")";
    }

    /**
     * Median time of the lookup, and the rows H2 read for it (PostgreSQL: how its plan reads the
     * table). Each run looks up another chunk: H2 answers a repeated statement with unchanged
     * parameters from its cache.
     */
    private static String measure(Connection db, String sql, int size, boolean pairs) throws SQLException {
        Random random = new Random(size);
        long[] nanos = new long[RUNS];
        try (PreparedStatement lookup = db.prepareStatement(sql)) {
            for (int run = -WARMUP; run < RUNS; run++) {
                bind(lookup, chunk(size, random), pairs);
                long start = System.nanoTime();
                try (ResultSet rows = lookup.executeQuery()) {
                    while (rows.next()) {
                        rows.getLong(1);
                    }
                }
                if (run >= 0) {
                    nanos[run] = System.nanoTime() - start;
                }
            }
        }
        Arrays.sort(nanos);
        String scanned;
        try (PreparedStatement explain = db.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            bind(explain, chunk(size, random), pairs);
            try (ResultSet plan = explain.executeQuery()) {
                StringBuilder text = new StringBuilder();
                while (plan.next()) {
                    text.append(plan.getString(1)).append('\n');
                }
                Matcher count = Pattern.compile(isH2(db) ? "scanCount: (\\d+)" : "((?:Bitmap Heap|Index|Seq) Scan)")
                        .matcher(text);
                scanned = count.find() ? count.group(1) : "?";
            }
        }
        return String.format(Locale.ROOT, "%.2f (%s)", nanos[RUNS / 2] / 1e6, scanned);
    }

    private static void bind(PreparedStatement statement, List<String> chunk, boolean pairs) throws SQLException {
        int parameter = 1;
        if (!pairs) {
            statement.setString(parameter++, SOURCE);
        }
        for (String id : chunk) {
            if (pairs) {
                statement.setString(parameter++, SOURCE);
            }
            statement.setString(parameter++, id);
        }
    }
}
