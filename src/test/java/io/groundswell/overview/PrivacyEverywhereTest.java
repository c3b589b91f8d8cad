package io.groundswell.overview;

import static io.groundswell.testing.PostBuilder.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.groundswell.testing.TrendCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The group-size rule holds for every department slice and every caller; opting out shows at once. */
@QuarkusTest
class PrivacyEverywhereTest {

    private static final List<String> SLICES =
            List.of("/api/trends", "/api/trends/anything", "/api/summary", "/api/wordcloud", "/api/wordcloud.png");

    private static String department(String name, int people) {
        String department = Api.unique(name);
        for (int i = 0; i < people; i++) {
            Api.newUser(department, "employee");
        }
        return department;
    }

    @Test
    void shouldRefuseEveryDepartmentSliceOfThreePeopleEvenToLeaders() {
        User leader = Api.newUser("Strategy", "leader");
        String small = department("Trio", 3);
        String large = department("Quintet", 5);
        for (String path : SLICES) {
            leader.given()
                    .get(path + "?department={d}&width=300&height=300", small)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/privacy"));
            // A term nobody wrote is a 404; what matters is that a large enough department is not refused.
            leader.given()
                    .get(path + "?department={d}&width=300&height=300", large)
                    .then()
                    .statusCode(anyOf(equalTo(200), equalTo(404)))
                    .body(not(containsString("/problems/privacy")));
        }
        leader.given()
                .get("/api/catalysts?department={d}", large)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("department"));
    }

    @Test
    void shouldDropAnOptedOutLeaderFromTheOverviewAtOnce() {
        User leader = Api.newUser("Strategy", "leader");
        User writer = Api.newEmployee();
        TrendCorpus corpus = new TrendCorpus().background(200);
        for (int i = 0; i < 6; i++) {
            corpus.plant("heliotrope", "fan-" + (i % 3), i % 6);
        }
        corpus.send();
        for (int i = 0; i < 3; i++) {
            int postId = writer.given()
                    .contentType(ContentType.JSON)
                    .body(post(corpus.source, Api.unique("own"))
                            .title("Heliotrope notes " + i)
                            .body("The heliotrope garden needs water.", "text")
                            .createdAt(Instant.now().minus(Duration.ofHours(2 + i)))
                            .without("author")
                            .build())
                    .post("/api/posts")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            corpus.rate(postId, 5, 6);
        }
        Api.awaitSearchable(corpus.source, 203, Duration.ofSeconds(30));

        await().atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .until(() -> leadersOf(leader, corpus), ids -> ids.contains(writer.username()));
        writer.given()
                .contentType(ContentType.JSON)
                .body(Map.of("listed", false))
                .put("/api/me/listing")
                .then()
                .statusCode(200);

        assertThat(leadersOf(leader, corpus)).doesNotContain(writer.username());
    }

    private static List<String> leadersOf(User leader, TrendCorpus corpus) {
        JsonPath trends = leader.given()
                .get("/api/trends?window=7d&source={s}", corpus.source)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        int index = trends.getList("terms.key", String.class).indexOf("heliotrope");
        assertThat(index).as("heliotrope among the trends").isNotNegative();
        return trends.getList("terms[" + index + "].leaders.id", String.class);
    }
}
