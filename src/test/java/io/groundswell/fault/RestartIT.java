package io.groundswell.fault;

import static io.groundswell.testing.PostBuilder.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.groundswell.testing.PackagedApp;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged application across restarts: nothing acknowledged is lost, and an index folder that
 * is missing or corrupted while the application is stopped is rebuilt before it reports ready, so
 * the first search after ready finds every post.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartIT {

    private static final Random RANDOM = FaultSeed.randomFor(RestartIT.class);
    private static final String SOURCE = "restart-" + Long.toString(System.nanoTime(), 36);
    private static final int POSTS = 30;
    private static final String REBUILT = "Rebuilding the search index from the database";
    private static PackagedApp app;

    @BeforeAll
    static void start() throws Exception {
        app = new PackagedApp("restart").start();
        RestAssured.baseURI = app.baseUrl();
        RestAssured.port = app.port();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        app.close();
        RestAssured.reset();
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", PackagedApp.ADMIN_PASSWORD);
    }

    /** A word found in post {@code i} only: letters, so no analyzer splits or drops it. */
    private static String token(int i) {
        return "lumen" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + "q";
    }

    @Test
    @Order(1)
    void shouldKeepPostsAndRatingsAcrossARestart() throws Exception {
        var items = IntStream.range(0, POSTS)
                .mapToObj(i -> post(SOURCE, "r-" + i)
                        .title("Restart durability " + i)
                        .body("phosphorescent lighthouse " + token(i), "text")
                        .author("author-" + (i % 5), "Author " + (i % 5), "Research")
                        .build())
                .toList();
        admin().contentType(ContentType.JSON)
                .body(items)
                .post("/api/posts/bulk")
                .then()
                .statusCode(200)
                .body("status", hasSize(POSTS));
        long firstId = admin().get("/api/posts?source={s}&externalId=r-0", SOURCE)
                .then()
                .extract()
                .jsonPath()
                .getLong("[0].id");
        admin().contentType(ContentType.JSON)
                .body(Map.of("stars", 4))
                .put("/api/posts/{id}/rating", firstId)
                .then()
                .statusCode(200);

        app.stop();
        app.start();

        admin().get("/api/posts?source={s}&limit=100", SOURCE)
                .then()
                .statusCode(200)
                .body("$", hasSize(POSTS));
        admin().get("/api/posts/{id}", firstId).then().body("rating.count", equalTo(1));
        awaitSearchTotal("phosphorescent", POSTS);
    }

    @Test
    @Order(2)
    void shouldRebuildAnIndexFolderDeletedWhileStopped() throws Exception {
        app.stop();
        deleteRecursively(app.dataDir().resolve("index"));
        app.start();
        assertRebuiltAndComplete();
    }

    @Test
    @Order(3)
    void shouldRebuildIndexFilesOverwrittenWhileStopped() throws Exception {
        app.stop();
        for (Path file : indexFiles()) {
            Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        app.start();
        assertRebuiltAndComplete();
    }

    /** A flipped byte inside a segment passes every header and footer check: only checksums see it. */
    @Test
    @Order(4)
    void shouldRebuildAnIndexWithOneFlippedByteBeforeReady() throws Exception {
        app.stop();
        Path largest = indexFiles().stream()
                .max(Comparator.comparingLong(RestartIT::size))
                .orElseThrow();
        long size = size(largest);
        // Away from the header and the 16-byte footer, which opening the index reads anyway.
        long at = size / 4 + RANDOM.nextInt((int) Math.max(1, size / 2));
        flipByte(largest, at);
        System.out.printf("RestartIT: flipped the byte at %d of %s (%d bytes)%n", at, largest.getFileName(), size);
        app.start();
        assertThat(app.logSinceStart()).contains(REBUILT + ": it cannot be read");
        assertRebuiltAndComplete();
    }

    /** Ready means rebuilt: the very first search must find every post, each by its own word. */
    private static void assertRebuiltAndComplete() throws IOException {
        assertThat(app.logSinceStart()).contains(REBUILT);
        admin().get("/api/search?q=phosphorescent&limit=1&source={s}", SOURCE)
                .then()
                .statusCode(200)
                .body("total", equalTo(POSTS));
        for (int i = 0; i < POSTS; i++) {
            admin().get("/api/search?q={q}&source={s}", token(i), SOURCE)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("hits[0].title", equalTo("Restart durability " + i));
        }
    }

    private static List<Path> indexFiles() throws IOException {
        try (Stream<Path> files = Files.list(app.dataDir().resolve("index"))) {
            List<Path> found = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME))
                    .toList();
            assertThat(found).as("index files").isNotEmpty();
            return found;
        }
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, position);
            one.flip();
            byte flipped = (byte) ~one.get(0);
            channel.write(ByteBuffer.wrap(new byte[] {flipped}), position);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void awaitSearchTotal(String query, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        int total = -1;
        while (Instant.now().isBefore(deadline)) {
            total = admin().get("/api/search?q={q}&source={s}&limit=1", query, SOURCE)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("total");
            if (total == expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("search total " + total + ", expected " + expected);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
