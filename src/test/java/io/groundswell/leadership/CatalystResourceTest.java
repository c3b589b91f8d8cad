package io.groundswell.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Catalysts: people rated highly across departments, with every breakdown behind the threshold. */
@QuarkusTest
class CatalystResourceTest {

    @Test
    void shouldFindThePersonRatedHighlyByManyDepartmentsAndShowOnlyLargeEnoughFigures() throws InterruptedException {
        LeadershipCorpus corpus = new LeadershipCorpus();
        List<String> large = List.of(
                LeadershipCorpus.department("Legal"),
                LeadershipCorpus.department("Support"),
                LeadershipCorpus.department("Marketing"),
                LeadershipCorpus.department("Research"));
        large.forEach(department -> corpus.populate(department, 5));
        String tiny = LeadershipCorpus.department("Tiny");
        String home = LeadershipCorpus.department("Home");
        String insiders = LeadershipCorpus.department("Insiders");

        String connector = Api.unique("connector");
        List<Integer> connectorPosts = corpus.posts(connector, home, 2);
        for (String department : large.subList(0, 3)) {
            corpus.rateByNew(2, department, 5, connectorPosts);
        }
        corpus.rateByNew(5, large.get(3), 4, connectorPosts);
        corpus.rateByNew(2, tiny, 5, connectorPosts);

        String insider = Api.unique("insider");
        List<Integer> insiderPosts = corpus.posts(insider, insiders, 3);
        corpus.rateByNew(10, insiders, 5, insiderPosts);
        corpus.rateByNew(2, large.get(0), 5, insiderPosts);
        corpus.awaitIndexed();

        JsonPath catalysts = corpus.catalysts(Api.leader().given());

        assertThat(catalysts.getList("catalysts.id")).containsExactly(connector);
        Map<String, Object> found = catalysts.getMap("catalysts[0]");
        assertThat(found).containsEntry("posts", 2).containsEntry("raters", 13).containsEntry("departments", 4);
        assertThat(found).containsKey("department").containsEntry("department", null);
        assertThat(catalysts.getList("catalysts[0].raterDepartments.department"))
                .containsExactly(large.get(3));
        assertThat(catalysts.getInt("catalysts[0].raterDepartments[0].raters")).isEqualTo(5);
        assertThat(catalysts.getDouble("catalysts[0].raterDepartments[0].meanStars"))
                .isEqualTo(4.0);
        assertThat(catalysts.getInt("catalysts[0].otherRaters")).isEqualTo(8);
        assertThat(catalysts.getDouble("catalysts[0].score")).isPositive();
    }

    @Test
    void shouldNotCountThreeDepartmentsWhenOneOfThemIsTooSmallToName() throws InterruptedException {
        LeadershipCorpus corpus = new LeadershipCorpus();
        String first = LeadershipCorpus.department("North");
        String second = LeadershipCorpus.department("South");
        String tiny = LeadershipCorpus.department("Tiny");
        corpus.populate(first, 5);
        corpus.populate(second, 5);
        String almost = Api.unique("almost");
        List<Integer> posts = corpus.posts(almost, LeadershipCorpus.department("Home"), 1);
        corpus.rateByNew(3, first, 5, posts);
        corpus.rateByNew(3, second, 5, posts);
        corpus.rateByNew(4, tiny, 5, posts);
        corpus.awaitIndexed();

        assertThat(corpus.catalysts(Api.leader().given()).getList("catalysts")).isEmpty();
    }

    @Test
    void shouldRefuseEmployeesAndADepartmentFilter() {
        Api.newEmployee().given().get("/api/catalysts").then().statusCode(403);
        Api.leader()
                .given()
                .get("/api/catalysts?department=Sales")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.leader().given().get("/api/catalysts?window=30d").then().statusCode(200);
    }
}
