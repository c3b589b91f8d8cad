package io.groundswell.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.groundswell.identity.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The lookup of a chunk's posts by key: complete, and through the unique index on H2, reading about
 * as many rows as it looks for however many posts the source has.
 */
@QuarkusTest
class PostLookupTest {

    private static final int POSTS = 600;

    @Inject
    PostService posts;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldFindEveryStoredKeyOfAListLongerThanOneQueryTakes() {
        String source = seed();
        List<String> wanted =
                new ArrayList<>(IntStream.range(0, 520).mapToObj(i -> "k-" + i).toList());
        wanted.add("k-3");
        wanted.add("never-stored");

        List<String> found = QuarkusTransaction.requiringNew()
                .call(() -> Post.findBySourceAndExternalIds(source, wanted).stream()
                        .map(p -> p.externalId)
                        .toList());

        assertThat(found).doesNotHaveDuplicates().hasSize(520).doesNotContain("never-stored", "k-520");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Post.findBySourceAndExternalIds(source, List.of("k-7"))
                        .size()))
                .isEqualTo(1);
    }

    /**
     * H2 uses an index for an IN list on the first column of an index only: with {@code source = ?
     * and external_id in (...)} it read every post of the source for each chunk.
     */
    @Test
    void shouldLookUpEachKeyInTheUniqueIndexOnH2() throws SQLException {
        String source = seed();
        try (Connection db = dataSource.getConnection();
                Statement statement = db.createStatement()) {
            assumeTrue("H2".equals(db.getMetaData().getDatabaseProductName()), "reads H2's query plans");
            statement.execute("SET QUERY_STATISTICS TRUE");
            try {
                QuarkusTransaction.requiringNew()
                        .run(() -> Post.findBySourceAndExternalIds(source, List.of("k-1", "k-2", "k-3")));
                String sql = lookupStatement(statement);
                String plan;
                try (var explain = db.prepareStatement("EXPLAIN " + sql);
                        ResultSet rows = explain.executeQuery()) {
                    rows.next();
                    plan = rows.getString(1);
                }
                Matcher index = Pattern.compile(
                                "/\\* PUBLIC\\.UK_POST_SOURCE_EXTERNAL[A-Z_0-9]*: (.*?) \\*/", Pattern.DOTALL)
                        .matcher(plan);
                assertThat(index.find()).as("the unique index is used: " + plan).isTrue();
                assertThat(index.group(1))
                        .as("the index condition holds whole keys, not the source alone: " + plan)
                        .contains("IN(ROW");
                assertThat(rowsScanned(db, sql, source, List.of("k-1", "k-2", "k-3", "never-stored")))
                        .as("rows H2 read to find 3 of 4 keys among the source's " + POSTS + " posts")
                        .isBetween(3L, 8L);
            } finally {
                statement.execute("SET QUERY_STATISTICS FALSE");
            }
        }
    }

    /**
     * The rows H2 read running the lookup's statement for these keys, as EXPLAIN ANALYZE counts them.
     * The statement compares (source, external id) pairs, its parameters alternating the two.
     */
    private static long rowsScanned(Connection db, String sql, String source, List<String> keys) throws SQLException {
        try (var explain = db.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            int parameters = explain.getParameterMetaData().getParameterCount();
            for (int i = 0; i < parameters; i += 2) {
                explain.setString(i + 1, source);
                explain.setString(i + 2, keys.get(Math.min(i / 2, keys.size() - 1)));
            }
            try (ResultSet rows = explain.executeQuery()) {
                rows.next();
                String plan = rows.getString(1);
                Matcher scanned = Pattern.compile("scanCount: (\\d+)").matcher(plan);
                assertThat(scanned.find())
                        .as("rows scanned in the plan: " + plan)
                        .isTrue();
                return Long.parseLong(scanned.group(1));
            }
        }
    }

    private static String lookupStatement(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                + " WHERE LOWER(SQL_STATEMENT) LIKE '%from post %' AND LOWER(SQL_STATEMENT) LIKE '%external_id%'")) {
            assertThat(rows.next()).as("the lookup's statement was recorded").isTrue();
            return rows.getString(1);
        }
    }

    private String seed() {
        String source = "lookup-" + Long.toString(System.nanoTime(), 36);
        Caller caller = Caller.system("post-lookup-test");
        for (int from = 0; from < POSTS; from += BulkIngest.CHUNK) {
            List<PostRequest> chunk = IntStream.range(from, Math.min(POSTS, from + BulkIngest.CHUNK))
                    .mapToObj(i -> new PostRequest(
                            source,
                            "k-" + i,
                            null,
                            "Post " + i,
                            "Body " + i,
                            BodyFormat.TEXT,
                            new PostRequest.AuthorRequest("lookup-author", "Lookup Author", "Research"),
                            null,
                            List.of()))
                    .toList();
            posts.upsertAll(chunk, caller);
        }
        return source;
    }
}
