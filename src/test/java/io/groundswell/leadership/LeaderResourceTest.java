package io.groundswell.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who leads a topic, on corpora each test builds in its own source. */
@QuarkusTest
class LeaderResourceTest {

    @Test
    void shouldPutAnExpertRatedByTenPeersAboveAProlificAuthorRatedByTwo() throws InterruptedException {
        LeadershipCorpus corpus = new LeadershipCorpus();
        String department = LeadershipCorpus.department("Platform");
        String expert = Api.unique("expert");
        String prolific = Api.unique("prolific");
        String steady = Api.unique("steady");
        List<Integer> expertPosts = corpus.posts(expert, department, 2);
        List<Integer> prolificPosts = corpus.posts(prolific, department, 15);
        List<Integer> steadyPosts = corpus.posts(steady, department, 4);
        corpus.rateByNew(10, department, 5, expertPosts);
        corpus.rate(Api.unique("fan"), department, 3, prolificPosts);
        corpus.rate(Api.unique("fan"), department, 3, prolificPosts);
        corpus.rateByNew(5, department, 4, steadyPosts);
        corpus.awaitIndexed();

        JsonPath leaders = corpus.leaders(Api.leader().given());

        assertThat(leaders.getString("topic")).isEqualTo(corpus.topic);
        assertThat(leaders.getString("window")).isEqualTo("7d");
        assertThat(leaders.getString("from")).isNotBlank();
        assertThat(leaders.getList("leaders.id")).containsExactly(expert, steady);
        assertThat(leaders.getString("leaders[0].displayName")).isEqualTo("Name of " + expert);
        assertThat(leaders.getInt("leaders[0].posts")).isEqualTo(2);
        assertThat(leaders.getInt("leaders[0].raters")).isEqualTo(10);
        assertThat(leaders.getDouble("leaders[0].score")).isGreaterThan(leaders.getDouble("leaders[1].score"));
        assertThat(leaders.getInt("leaders[1].posts")).isEqualTo(4);
        assertThat(leaders.getList("leaders[0].bestPosts.id", Integer.class))
                .containsExactlyInAnyOrderElementsOf(expertPosts);
        assertThat(leaders.getInt("leaders[0].bestPosts[0].ratings")).isEqualTo(10);
        assertThat(leaders.getString("leaders[0].bestPosts[0].title")).contains(corpus.topic);
    }

    @Test
    void shouldNotCountSelfRatingsSoTheyPutNobodyFirst() throws InterruptedException {
        LeadershipCorpus corpus = new LeadershipCorpus();
        String department = LeadershipCorpus.department("Finance");
        String genuine = Api.unique("genuine");
        // The key's raters are people of its source, so the self-rater writes under that name too.
        String selfRater = corpus.source + ":" + Api.unique("selfie");
        corpus.rateByNew(4, department, 4, corpus.posts(genuine, department, 1));
        List<Integer> own = corpus.posts(selfRater, department, 3);
        corpus.rateByNew(3, department, 4, own.subList(0, 1));
        // Counted, these would lift the self-rater above the genuine author (0.89 against 0.72).
        corpus.rate(selfRater, department, 5, own);
        corpus.awaitIndexed();

        JsonPath leaders = corpus.leaders(Api.leader().given());

        assertThat(leaders.getList("leaders.id")).containsExactly(genuine, selfRater);
        assertThat(leaders.getInt("leaders[1].raters")).isEqualTo(3);
        assertThat(leaders.getDouble("leaders[1].meanStars")).isEqualTo(4.0);
    }

    @Test
    void shouldNotLetARingOfThreeRatingEachOtherPutAnyOfThemFirst() throws InterruptedException {
        LeadershipCorpus corpus = new LeadershipCorpus();
        String department = LeadershipCorpus.department("Sales");
        List<String> ring = List.of(Api.unique("ring"), Api.unique("ring"), Api.unique("ring"));
        List<List<Integer>> ringPosts =
                ring.stream().map(member -> corpus.posts(member, department, 5)).toList();
        for (int i = 0; i < ring.size(); i++) {
            for (int j = 0; j < ring.size(); j++) {
                if (i != j) {
                    corpus.rate(ring.get(i), department, 5, ringPosts.get(j));
                }
            }
        }
        // One outsider each lifts the ring over the minimum of three raters.
        String outsider = Api.unique("outsider");
        ringPosts.forEach(posts -> corpus.rate(outsider, department, 5, posts.subList(0, 1)));
        String expert = Api.unique("expert");
        corpus.rateByNew(5, department, 5, corpus.posts(expert, department, 1));
        corpus.awaitIndexed();

        JsonPath leaders = corpus.leaders(Api.leader().given());

        assertThat(leaders.getList("leaders.id", String.class))
                .hasSize(4)
                .first()
                .isEqualTo(expert);
        assertThat(leaders.getList("leaders.raters", Integer.class)).containsExactly(5, 3, 3, 3);
    }

    @Test
    void shouldNameOnlyDepartmentsWithEnoughPeopleAndListNobodyForASmallOne() throws InterruptedException {
        LeadershipCorpus corpus = new LeadershipCorpus();
        String big = LeadershipCorpus.department("Big");
        String tiny = LeadershipCorpus.department("Tiny");
        corpus.populate(big, 4);
        corpus.populate(tiny, 1);
        String fromBig = Api.unique("big");
        String fromTiny = Api.unique("tiny");
        String raters = LeadershipCorpus.department("Raters");
        corpus.rateByNew(6, raters, 5, corpus.posts(fromBig, big, 1));
        corpus.rateByNew(4, raters, 5, corpus.posts(fromTiny, tiny, 1));
        corpus.awaitIndexed();

        JsonPath leaders = corpus.leaders(Api.leader().given());
        assertThat(leaders.getList("leaders.id")).containsExactly(fromBig, fromTiny);
        assertThat(leaders.getString("leaders[0].department")).isEqualTo(big);
        assertThat(leaders.getString("leaders[1].department")).isNull();
        assertThat(leaders.getMap("leaders[1]")).containsKey("department");

        assertThat(filtered(corpus, big).getList("leaders.id")).containsExactly(fromBig);
        assertThat(filtered(corpus, tiny).getList("leaders")).isEmpty();
    }

    private static JsonPath filtered(LeadershipCorpus corpus, String department) {
        return Api.leader()
                .given()
                .get(
                        "/api/leaders?topic={t}&window=7d&source={s}&department={d}",
                        corpus.topic,
                        corpus.source,
                        department)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldAnswerAnEmptyListForATopicNobodyWritesAbout() {
        JsonPath leaders = Api.leader()
                .given()
                .get("/api/leaders?topic={t}&window=30d", "Nobody Writes " + LeadershipCorpus.letters())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(leaders.getString("topic")).startsWith("nobody writes ");
        assertThat(leaders.getList("leaders")).isEmpty();
    }

    @Test
    void shouldRefuseEmployeesAndBadQueries() {
        Api.newEmployee().given().get("/api/leaders?topic=anything").then().statusCode(403);
        Api.leader().given().get("/api/leaders").then().statusCode(400).contentType("application/problem+json");
        Api.leader()
                .given()
                .get("/api/leaders?topic=anything&window=fortnight")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.leader().given().get("/api/leaders?topic=anything&limit=0").then().statusCode(400);
    }
}
