package io.groundswell.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.groundswell.testing.Api;
import io.groundswell.testing.TrendCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trends on generated corpora: each test plants terms in its own source and looks at the result. */
@QuarkusTest
class TrendResourceTest {

    private static JsonPath trends(TrendCorpus corpus, String window) {
        return Api.leader()
                .given()
                .get("/api/trends?window={w}&source={s}&limit=100", window, corpus.source)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldPutATermPlantedThisWeekByEightAuthorsFirst() throws InterruptedException {
        TrendCorpus corpus = new TrendCorpus().background(400);
        for (int i = 0; i < 20; i++) {
            corpus.plant("Zephyrine", "planter-" + (i % 8), i % 7);
        }
        corpus.send();
        corpus.awaitIndexed();

        JsonPath trends = trends(corpus, "7d");
        assertThat(trends.getString("terms[0].key")).isEqualTo("zephyrine");
        assertThat(trends.getString("terms[0].term")).isEqualTo("Zephyrine");
        assertThat(trends.getInt("terms[0].posts")).isEqualTo(20);
        assertThat(trends.getInt("terms[0].authors")).isEqualTo(8);
        assertThat(trends.getBoolean("terms[0].isNew")).isTrue();
        assertThat(trends.getList("terms[0].daily")).hasSize(7);
        assertThat(trends.getList("terms[0].bestPosts")).isNotEmpty();
    }

    @Test
    void shouldFindTrendsInTheFirstWeekOfASourceWithNoBaselineYet() {
        TrendCorpus corpus = new TrendCorpus();
        for (int i = 0; i < 20; i++) {
            corpus.plant("Firstlight", "pioneer-" + (i % 8), i % 7);
        }
        for (int i = 0; i < 5; i++) {
            corpus.plant("Loneword", "solo", i % 7);
        }
        corpus.send();
        corpus.awaitIndexed();

        JsonPath trends = trends(corpus, "7d");
        assertThat(trends.getInt("baselinePosts")).isZero();
        List<String> keys = trends.getList("terms.key");
        assertThat(keys).contains("firstlight").doesNotContain("loneword");
        int first = keys.indexOf("firstlight");
        assertThat(trends.getBoolean("terms[" + first + "].isNew")).isTrue();
        assertThat(trends.getInt("terms[" + first + "].authors")).isEqualTo(8);
    }

    @Test
    void shouldNeverLetAWordThatIsEquallyFrequentEveryWeekTrend() throws InterruptedException {
        TrendCorpus corpus = new TrendCorpus().background(300);
        for (int week = 0; week < 13; week++) {
            for (int i = 0; i < 6; i++) {
                corpus.plant("perennial", "steady-" + i, week * 7 + i + 0.5);
            }
        }
        for (int i = 0; i < 10; i++) {
            corpus.plant("newfangled", "fresh-" + (i % 5), i % 6);
        }
        corpus.send();
        corpus.awaitIndexed();

        // Low-confidence rises are listed, flagged, instead of being dropped (a busy week always
        // answers some terms); the everyday chatter may be among those, never among the others.
        List<String> confident = confident(trends(corpus, "7d"));
        assertThat(confident).contains("newfangled").doesNotContain("perennial");
        assertThat(confident).noneMatch(TrendCorpus.BACKGROUND::contains);
    }

    private static List<String> confident(JsonPath trends) {
        return trends.getList("terms.findAll { !it.lowConfidence }.key", String.class);
    }

    @Test
    void shouldLetATermThatRisesFasterThanASurgeTrendAgainstAQuietBaseline() {
        // A quiet source (about 30 posts in three months) has a week forty times busier than usual.
        TrendCorpus corpus = new TrendCorpus().background(30);
        for (int i = 0; i < 3; i++) {
            corpus.plant("ferry", "commuter-" + i, 20 + 20 * i);
        }
        for (int i = 0; i < 70; i++) {
            corpus.plant("evacuation", "resident-" + (i % 20), i % 7);
        }
        // The ferry was in a tenth of the posts before; now in nearly a third: it outran the surge.
        for (int i = 0; i < 32; i++) {
            corpus.plant("ferry", "commuter-" + (i % 16), i % 7);
        }
        corpus.send();
        corpus.awaitIndexed();

        // Listed, and above all the chatter that merely grew with the surge; on a baseline this small
        // the rise may still be flagged as low-confidence.
        JsonPath trends = trends(corpus, "7d");
        List<String> keys = trends.getList("terms.key", String.class);
        int ferry = keys.indexOf("ferry");
        assertThat(ferry).isNotNegative();
        assertThat(keys.subList(0, ferry)).noneMatch(TrendCorpus.BACKGROUND::contains);
        assertThat(trends.getDouble("terms[" + ferry + "].lift")).isGreaterThan(1.5);
        // Expected: its 3 earlier posts and the prior's 2 in some 33, scaled to the week's ~105 posts.
        assertThat(trends.getDouble("terms[" + ferry + "].expected")).isBetween(10.0, 20.0);
        assertThat(trends.getInt("terms[" + ferry + "].posts")).isEqualTo(32);
    }

    @Test
    void shouldAnswerTenTermsForABusyWeekWithoutAnyRealTrend() {
        TrendCorpus corpus = new TrendCorpus().background(600);
        corpus.send();
        corpus.awaitIndexed();

        JsonPath trends = trends(corpus, "7d");
        assertThat(trends.getInt("posts")).isGreaterThanOrEqualTo(20);
        assertThat(trends.getList("terms")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(trends.getList("terms.lowConfidence", Boolean.class)).contains(true);
    }

    @Test
    void shouldReportATermThatFellSilentAsFalling() {
        TrendCorpus corpus = new TrendCorpus().background(300);
        // About twenty posts a week for three months; none this week, when over twenty were expected.
        for (int i = 0; i < 250; i++) {
            corpus.plant("mainframe", "veteran-" + (i % 10), 8 + i * 0.32);
        }
        for (int i = 0; i < 30; i++) {
            corpus.plant("newsletter", "editor-" + (i % 10), i % 7);
        }
        corpus.send();
        corpus.awaitIndexed();

        JsonPath trends = trends(corpus, "7d");
        assertThat(trends.getList("terms.key")).doesNotContain("mainframe");
        assertThat(trends.getList("falling.term")).contains("mainframe");
        int mainframe = trends.getList("falling.term").indexOf("mainframe");
        assertThat(trends.getInt("falling[" + mainframe + "].posts")).isZero();
        assertThat(trends.getDouble("falling[" + mainframe + "].upperBound")).isLessThan(1);
        assertThat(trends.getDouble("falling[" + mainframe + "].expected")).isGreaterThan(2);
    }

    @Test
    void shouldReachBackUntilTheBaselineHoldsEnoughPosts() {
        // 60 posts in the last three months, 200 more between 100 and 170 days ago.
        TrendCorpus corpus = new TrendCorpus().background(60);
        for (int i = 0; i < 200; i++) {
            corpus.plant("archive", "archivist-" + (i % 10), 100 + i * 0.35);
        }
        corpus.send();
        corpus.awaitIndexed();

        JsonPath trends = trends(corpus, "7d");
        java.time.Instant from = java.time.Instant.parse(trends.getString("from"));
        assertThat(java.time.Instant.parse(trends.getString("baselineTo"))).isEqualTo(from);
        assertThat(java.time.Instant.parse(trends.getString("baselineFrom")))
                .isEqualTo(from.minus(java.time.Duration.ofDays(180)));
        assertThat(trends.getInt("baselinePosts")).isGreaterThanOrEqualTo(200);
    }

    @Test
    void shouldRankTheTermOfWellRatedPostsAboveAnEquallyFrequentUnratedOne() {
        TrendCorpus corpus = new TrendCorpus().background(300);
        for (int i = 0; i < 8; i++) {
            corpus.plant("treasured", "fan-" + (i % 4), i % 6);
        }
        for (int i = 0; i < 8; i++) {
            corpus.plant("overlooked", "other-" + (i % 4), i % 6);
        }
        List<Integer> ids = corpus.send();
        List<Integer> treasured = ids.subList(300, 308);
        for (int id : treasured) {
            corpus.rate(id, 5, 6);
        }
        corpus.awaitIndexed();

        // Ratings re-index the rated posts a moment after they are given.
        JsonPath trends = await().atMost(Duration.ofSeconds(5)).until(() -> trends(corpus, "7d"), answer -> {
            List<String> ranked = answer.getList("terms.key");
            return ranked.contains("treasured") && ranked.indexOf("treasured") < ranked.indexOf("overlooked");
        });
        List<String> keys = trends.getList("terms.key");
        assertThat(keys).contains("treasured", "overlooked");
        assertThat(keys.indexOf("treasured")).isLessThan(keys.indexOf("overlooked"));
        // Who leads what: the authors of the well-rated posts lead their term; nobody leads the other.
        assertThat(trends.getList("terms[" + keys.indexOf("treasured") + "].leaders.id", String.class))
                .isNotEmpty()
                .allMatch(id -> id.startsWith(corpus.source + ":fan-"));
        assertThat(trends.getList("terms[" + keys.indexOf("overlooked") + "].leaders"))
                .isEmpty();
    }

    @Test
    void shouldNotLetOneAuthorMakeATrend() throws InterruptedException {
        TrendCorpus corpus = new TrendCorpus().background(300);
        for (int i = 0; i < 50; i++) {
            corpus.plant("monologue", "loudmouth", i % 7);
        }
        corpus.send();
        corpus.awaitIndexed();

        assertThat(trends(corpus, "7d").getList("terms.key", String.class)).doesNotContain("monologue");
    }

    @Test
    void shouldKeepFrenchStopWordsOutOfTrends() throws InterruptedException {
        TrendCorpus corpus = new TrendCorpus().background(200);
        String[] sentences = {
            "Nous avons une nouvelle politique de télétravail pour les équipes",
            "La politique de télétravail est claire et les équipes sont contentes",
            "Le comité a présenté la politique de télétravail aux équipes de vente",
            "Est-ce que la politique de télétravail change pour les nouveaux arrivants",
        };
        for (int i = 0; i < 16; i++) {
            String text = sentences[i % sentences.length];
            corpus.plant("", "francophone-" + (i % 6), i % 6, post -> {
                post.put("title", text);
                post.put("body", text + ". " + text.toLowerCase(Locale.FRENCH) + ".");
            });
        }
        corpus.send();
        corpus.awaitIndexed();

        List<String> keys = trends(corpus, "7d").getList("terms.key");
        assertThat(keys).anyMatch(k -> k.contains("télétravail"));
        List<String> french = List.of("la", "le", "les", "de", "des", "est", "et", "pour", "nous", "une", "aux", "que");
        assertThat(keys).noneMatch(k -> List.of(k.split(" ")).stream().anyMatch(french::contains));
    }

    @Test
    void shouldExplainATermWithItsPostsDaysAndOnlyLargeEnoughDepartments() throws InterruptedException {
        TrendCorpus corpus = new TrendCorpus().background(100);
        for (int i = 0; i < 12; i++) {
            int person = i % 6;
            corpus.plant(
                    "kaleidoscope",
                    "explainer-" + person,
                    i % 5,
                    post -> post.put(
                            "author",
                            Map.of(
                                    "id", "explainer-" + person,
                                    "displayName", "E" + person,
                                    "department", person < 5 ? "Big Team" : "Tiny Team")));
        }
        corpus.send();
        corpus.awaitIndexed();

        JsonPath why = Api.leader()
                .given()
                .get("/api/trends/{term}?window=7d&source={s}", "Kaleidoscope", corpus.source)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(why.getInt("posts")).isEqualTo(12);
        assertThat(why.getList("daily")).hasSize(7);
        assertThat(why.getList("drivingPosts")).isNotEmpty();
        assertThat(why.getList("departments.department")).containsExactly("Big Team");
        assertThat(why.getInt("otherPeople")).isEqualTo(1);
        Api.leader()
                .given()
                .get("/api/trends/{term}?window=7d&source={s}", "nonexistentword", corpus.source)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldKeepWordsOfTheOrganisationsStopListOutOfTrends() {
        TrendCorpus corpus = new TrendCorpus().background(100);
        for (int i = 0; i < 12; i++) {
            corpus.plant("acmecorp", "brand-" + (i % 4), i % 6);
            corpus.plant("xylophone", "music-" + (i % 4), i % 6);
        }
        corpus.send();
        corpus.awaitIndexed();
        assertThat(trends(corpus, "7d").getList("terms.key", String.class)).contains("acmecorp", "xylophone");

        Api.asAdmin()
                .contentType("application/json")
                .body(Map.of("words", List.of("AcmeCorp")))
                .put("/api/admin/stop-words")
                .then()
                .statusCode(200)
                .body("words", org.hamcrest.Matchers.contains("acmecorp"));
        try {
            assertThat(trends(corpus, "7d").getList("terms.key", String.class))
                    .contains("xylophone")
                    .doesNotContain("acmecorp");
        } finally {
            Api.asAdmin()
                    .contentType("application/json")
                    .body(Map.of("words", List.of()))
                    .put("/api/admin/stop-words")
                    .then()
                    .statusCode(200);
        }
        Api.leader().given().get("/api/admin/stop-words").then().statusCode(403);
    }

    @Test
    void shouldAnswerEmployeesAndRefuseBadWindows() {
        Api.newEmployee().given().get("/api/trends?window=7d").then().statusCode(200);
        Api.leader()
                .given()
                .get("/api/trends?window=fortnight")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.leader()
                .given()
                .get("/api/trends?from=2026-02-01&to=2026-01-01")
                .then()
                .statusCode(400);
        Api.leader().given().get("/api/trends?window=7d").then().statusCode(200);
    }
}
