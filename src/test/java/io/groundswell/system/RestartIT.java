package io.groundswell.system;

import static io.groundswell.testing.PostBuilder.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.groundswell.testing.PackagedApp;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The packaged application across restarts: nothing acknowledged is lost, the index heals. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartIT {

    private static final String SOURCE = "restart-" + System.nanoTime();
    private static final int POSTS = 30;
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

    @Test
    @Order(1)
    void shouldKeepPostsAndRatingsAcrossARestart() throws Exception {
        var items = IntStream.range(0, POSTS)
                .mapToObj(i -> post(SOURCE, "r-" + i)
                        .title("Restart durability " + i)
                        .body("phosphorescent lighthouse " + i, "text")
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
        // Ready means caught up: the search must answer in full at once.
        admin().get("/api/search?q=phosphorescent&limit=1&source={s}", SOURCE)
                .then()
                .statusCode(200)
                .body("total", equalTo(POSTS));
    }

    @Test
    @Order(3)
    void shouldRebuildACorruptedIndexBeforeReady() throws Exception {
        app.stop();
        try (Stream<Path> files = Files.list(app.dataDir().resolve("index"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
                }
            }
        }
        app.start();
        admin().get("/api/search?q=phosphorescent&limit=1&source={s}", SOURCE)
                .then()
                .statusCode(200)
                .body("total", equalTo(POSTS));
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
