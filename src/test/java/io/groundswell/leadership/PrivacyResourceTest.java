package io.groundswell.leadership;

import static io.groundswell.testing.PostBuilder.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may see whose ratings and topics, and opting out of every list that names people. */
@QuarkusTest
class PrivacyResourceTest {

    private static int newPost(String source, String key) {
        return Math.toIntExact(post(source, Api.unique("p"))
                .author(Api.unique("author"), "A", "Ops")
                .createAs(Api.withKey(key)));
    }

    @Test
    void shouldShowPeopleTheirOwnRatingsAndNobodyElseTheirs() {
        String source = Api.unique("ratingsrc");
        String key = Api.newApiKey(List.of("ingest"), List.of(source));
        User rater = Api.newEmployee();
        int first = newPost(source, key);
        int second = newPost(source, key);
        rater.given().contentType(ContentType.JSON).body(Map.of("stars", 4)).put("/api/posts/{id}/rating", first);
        rater.given().contentType(ContentType.JSON).body(Map.of("stars", 2)).put("/api/posts/{id}/rating", second);

        JsonPath mine = rater.given()
                .get("/api/me/ratings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(mine.getString("id")).isEqualTo(rater.username());
        assertThat(mine.getInt("total")).isEqualTo(2);
        assertThat(mine.getList("ratings.postId", Integer.class)).containsExactly(second, first);
        assertThat(mine.getList("ratings.stars", Integer.class)).containsExactly(2, 4);
        rater.given()
                .get("/api/people/{id}/ratings?limit=1", rater.username())
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("ratings.size()", equalTo(1));

        Api.newEmployee()
                .given()
                .get("/api/people/{id}/ratings", rater.username())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Api.leader()
                .given()
                .get("/api/people/{id}/ratings", rater.username())
                .then()
                .statusCode(404);
        Api.asAdmin().get("/api/people/{id}/ratings", rater.username()).then().statusCode(404);
        Api.withKey(Api.newApiKey(List.of("rate"), List.of(source)))
                .get("/api/me/ratings")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldShowAPersonsTopicsToLeadersAndThemselvesOnly() throws InterruptedException {
        LeadershipCorpus corpus = new LeadershipCorpus();
        User person = Api.newEmployee();
        String department = LeadershipCorpus.department("Ops");
        corpus.rateByNew(5, department, 5, corpus.posts(person.username(), department, 2));
        corpus.rateByNew(3, department, 4, corpus.posts(Api.unique("other"), department, 1));
        corpus.awaitIndexed();

        JsonPath own = person.given()
                .get("/api/people/{id}/topics?window=7d", person.username())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(own.getList("topics.topic")).contains(corpus.topic);
        Map<String, Object> topic = own.getMap("topics.find { it.topic == '" + corpus.topic + "' }");
        assertThat(topic).containsEntry("rank", 1).containsEntry("posts", 2).containsEntry("raters", 5);
        assertThat(topicsFor(Api.leader(), person.username()).getList("topics.topic"))
                .contains(corpus.topic);

        Api.newEmployee()
                .given()
                .get("/api/people/{id}/topics", person.username())
                .then()
                .statusCode(403);
        Api.leader()
                .given()
                .get("/api/people/{id}/topics", Api.unique("nobody"))
                .then()
                .statusCode(404);
    }

    private static JsonPath topicsFor(User viewer, String personKey) {
        return viewer.given()
                .get("/api/people/{id}/topics?window=7d", personKey)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldRemoveAPersonWhoOptsOutFromEveryListAndBringThemBack() throws InterruptedException {
        LeadershipCorpus corpus = new LeadershipCorpus();
        User person = Api.newEmployee();
        String home = LeadershipCorpus.department("Home");
        List<Integer> posts = corpus.posts(person.username(), home, 2);
        for (String name : List.of("East", "West", "Central")) {
            String department = LeadershipCorpus.department(name);
            corpus.populate(department, 5);
            corpus.rateByNew(2, department, 5, posts);
        }
        String runnerUp = Api.unique("runnerup");
        corpus.rateByNew(3, home, 4, corpus.posts(runnerUp, home, 1));
        corpus.awaitIndexed();
        person.given().get("/api/me/listing").then().statusCode(200).body("listed", equalTo(true));
        assertThat(corpus.leaders(Api.leader().given()).getList("leaders.id"))
                .containsExactly(person.username(), runnerUp);
        assertThat(corpus.catalysts(Api.leader().given()).getList("catalysts.id"))
                .containsExactly(person.username());

        setListed(person, false);

        person.given().get("/api/me/listing").then().statusCode(200).body("listed", equalTo(false));
        assertThat(corpus.leaders(Api.leader().given()).getList("leaders.id")).containsExactly(runnerUp);
        assertThat(corpus.catalysts(Api.leader().given()).getList("catalysts")).isEmpty();
        Api.leader()
                .given()
                .get("/api/people/{id}/topics", person.username())
                .then()
                .statusCode(404);
        assertThat(topicsFor(person, person.username()).getList("topics.topic")).contains(corpus.topic);
        assertThat(topicsFor(Api.leader(), runnerUp).getList("topics.topic")).contains(corpus.topic);

        setListed(person, true);
        assertThat(corpus.leaders(Api.leader().given()).getList("leaders.id"))
                .containsExactly(person.username(), runnerUp);
    }

    private static void setListed(User person, boolean listed) {
        person.given()
                .contentType(ContentType.JSON)
                .body(Map.of("listed", listed))
                .put("/api/me/listing")
                .then()
                .statusCode(200)
                .body("listed", equalTo(listed));
    }

    @Test
    void shouldRejectABadListingAndMachineClients() {
        User person = Api.newEmployee();
        person.given()
                .contentType(ContentType.JSON)
                .body(Map.of("listed", "no"))
                .put("/api/me/listing")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        person.given()
                .contentType(ContentType.JSON)
                .body(Map.of())
                .put("/api/me/listing")
                .then()
                .statusCode(400);
        Api.withKey(Api.newApiKey(List.of("rate"), List.of("any")))
                .contentType(ContentType.JSON)
                .body(Map.of("listed", false))
                .put("/api/me/listing")
                .then()
                .statusCode(403);
        person.given().get("/api/me").then().statusCode(200).body("name", equalTo(person.username()));
    }
}
