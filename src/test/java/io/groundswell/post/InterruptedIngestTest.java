package io.groundswell.post;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.groundswell.identity.Caller;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A thread interrupted while it stores posts fails alone: the database stays open for every other
 * request. On H2's default file system an interrupt during file I/O closes the file channel, and with
 * it the database: every request in flight fails with "The database has been closed" until a new
 * connection opens it again.
 */
@QuarkusTest
class InterruptedIngestTest {

    private static final int ROUNDS = 24;
    private static final int POSTS_PER_CHUNK = 100;

    @Inject
    PostService posts;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldKeepTheDatabaseOpenWhenAThreadIsInterruptedWhileItWrites() throws Exception {
        String source = "interrupted-" + Long.toString(System.nanoTime(), 36);
        Caller caller = Caller.system("interrupted-ingest-test");
        // An uninterrupted chunk tells how long writing one takes here; the interrupts are spread over
        // that time, so that some land in the people, some in the posts and some in the commit.
        long start = System.nanoTime();
        posts.upsertAll(chunk(source, -1), caller);
        long chunkNanos = System.nanoTime() - start;

        AtomicBoolean interrupting = new AtomicBoolean(true);
        Queue<String> bystanderFailures = new ConcurrentLinkedQueue<>();
        AtomicInteger bystanderWrites = new AtomicInteger();
        Thread bystander = new Thread(() -> {
            while (interrupting.get()) {
                try {
                    posts.upsertAll(List.of(post(source, "bystander-" + bystanderWrites.get(), "bystander")), caller);
                    countOf(source);
                    bystanderWrites.incrementAndGet();
                } catch (RuntimeException | SQLException e) {
                    bystanderFailures.add(e.toString());
                }
            }
        });
        bystander.start();
        int interruptedAlive = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<PostRequest> chunk = chunk(source, round);
            Thread writer = new Thread(() -> {
                try {
                    posts.upsertAll(chunk, caller);
                } catch (RuntimeException expected) {
                    // The interrupted request may fail; only the database's fate matters here.
                }
            });
            writer.start();
            LockSupport.parkNanos(chunkNanos * round / ROUNDS);
            if (writer.isAlive()) {
                interruptedAlive++;
            }
            writer.interrupt();
            writer.join(TimeUnit.MINUTES.toMillis(2));
            assertThat(writer.isAlive()).as("the interrupted writer finished").isFalse();
        }
        interrupting.set(false);
        bystander.join(TimeUnit.MINUTES.toMillis(2));

        assertThat(bystanderFailures)
                .as("failures of a writer that was not interrupted, meanwhile")
                .isEmpty();
        assertThat(bystanderWrites.get()).as("posts the bystander stored").isPositive();

        assertThat(interruptedAlive)
                .as("writers interrupted while still writing")
                .isPositive();
        assertThat(countOf(source)).as("posts readable afterwards").isGreaterThanOrEqualTo(POSTS_PER_CHUNK);
        assertThat(posts.upsertAll(chunk(source, ROUNDS), caller))
                .as("a chunk stored after the interrupts")
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(BulkItemResult.CREATED));
    }

    private long countOf(String source) throws SQLException {
        try (Connection db = dataSource.getConnection();
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM post WHERE source = '" + source + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** New posts whose authors are new too, so a chunk writes people as well as posts. */
    private static List<PostRequest> chunk(String source, int round) {
        return IntStream.range(0, POSTS_PER_CHUNK)
                .mapToObj(i -> post(source, "r" + round + "-" + i, source + "-r" + round + "-a" + i % 20))
                .toList();
    }

    private static PostRequest post(String source, String externalId, String author) {
        return new PostRequest(
                source,
                externalId,
                null,
                "Post " + externalId,
                "Body of post " + externalId,
                BodyFormat.TEXT,
                new PostRequest.AuthorRequest(author, "Author " + author, "Research"),
                null,
                List.of());
    }
}
