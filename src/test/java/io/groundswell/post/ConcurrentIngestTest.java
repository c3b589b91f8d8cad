package io.groundswell.post;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.identity.Caller;
import io.groundswell.person.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Chunks from several writers that name overlapping sets of new authors, stored at the same instant:
 * every chunk is stored and each author is one person. Before people were created in key order,
 * outside the chunk's transaction, such chunks created them in the order of a hash map of each
 * chunk's own authors, waited on each other's uncommitted people and failed with lock timeouts.
 */
@QuarkusTest
class ConcurrentIngestTest {

    private static final int WRITERS = 4;
    /** Writer w names authors 10w to 10w + 60 + 20w: sets of four sizes, all overlapping. */
    private static final int AUTHORS = 10 * (WRITERS - 1) + 60 + 20 * (WRITERS - 1);

    private static final int POSTS_PER_CHUNK = 240;
    private static final int ROUNDS = 3;

    @Inject
    PostService posts;

    @Test
    void shouldStoreChunksThatCreateTheSameNewAuthorsInDifferentOrders() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        Caller caller = Caller.system("concurrent-ingest-test");
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String authorPrefix = "ci-" + run + "-" + round + "-";
                CyclicBarrier together = new CyclicBarrier(WRITERS);
                List<Future<List<BulkItemResult>>> outcomes = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    List<PostRequest> chunk = chunk("ci-" + run, round, w, authorPrefix);
                    outcomes.add(pool.submit(() -> {
                        together.await(1, TimeUnit.MINUTES);
                        return posts.upsertAll(chunk, caller);
                    }));
                }
                for (Future<List<BulkItemResult>> outcome : outcomes) {
                    assertThat(outcome.get(2, TimeUnit.MINUTES))
                            .hasSize(POSTS_PER_CHUNK)
                            .allSatisfy(r -> assertThat(r.status()).isEqualTo(BulkItemResult.CREATED));
                }
                List<String> keys = IntStream.range(0, AUTHORS)
                        .mapToObj(a -> authorPrefix + a)
                        .toList();
                assertThat(QuarkusTransaction.requiringNew().call(() -> Person.findByKeys(keys)))
                        .as("people created for the round's authors")
                        .hasSize(AUTHORS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writers that send the same new posts at once (a client resending a chunk it gave up waiting
     * for): every item is stored, each post once, the losers of the race updating what the winner
     * created.
     */
    @Test
    void shouldStoreTheSamePostsSentByWritersAtOnceOncePerKey() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String source = "cs-" + run;
        Caller caller = Caller.system("concurrent-ingest-test");
        List<PostRequest> chunk = chunk(source, 0, 0, "cs-" + run + "-");
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CyclicBarrier together = new CyclicBarrier(WRITERS);
            List<Future<List<BulkItemResult>>> outcomes = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                List<PostRequest> shuffled = new ArrayList<>(chunk);
                Collections.shuffle(shuffled, new Random(w));
                outcomes.add(pool.submit(() -> {
                    together.await(1, TimeUnit.MINUTES);
                    return posts.upsertAll(shuffled, caller);
                }));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<List<BulkItemResult>> outcome : outcomes) {
                List<BulkItemResult> results = outcome.get(2, TimeUnit.MINUTES);
                assertThat(results).hasSize(POSTS_PER_CHUNK).allSatisfy(r -> assertThat(r.status())
                        .isIn(BulkItemResult.CREATED, BulkItemResult.UPDATED));
                results.forEach(r -> ids.add(r.id()));
            }
            assertThat(ids.stream().distinct().count())
                    .as("posts behind the results")
                    .isEqualTo(POSTS_PER_CHUNK);
            assertThat(QuarkusTransaction.requiringNew().call(() -> Post.count("source", source)))
                    .as("posts stored")
                    .isEqualTo(POSTS_PER_CHUNK);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A writer's posts of a round: each of its authors two or more times, shuffled. */
    private static List<PostRequest> chunk(String source, int round, int writer, String authorPrefix) {
        int first = 10 * writer;
        int count = 60 + 20 * writer;
        List<Integer> authors = new ArrayList<>();
        for (int i = 0; i < POSTS_PER_CHUNK; i++) {
            authors.add(first + i % count);
        }
        Collections.shuffle(authors, new Random(31L * round + writer));
        List<PostRequest> chunk = new ArrayList<>();
        for (int i = 0; i < POSTS_PER_CHUNK; i++) {
            int author = authors.get(i);
            chunk.add(new PostRequest(
                    source,
                    "r" + round + "-w" + writer + "-" + i,
                    null,
                    "Post " + i + " of writer " + writer,
                    "Body of post " + i,
                    BodyFormat.TEXT,
                    new PostRequest.AuthorRequest(authorPrefix + author, "Author " + author, "Dept " + author % 7),
                    null,
                    List.of()));
        }
        return chunk;
    }
}
