package io.groundswell.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.groundswell.testing.TrendCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Trends and clouds for every employee: the whole organisation and their own department when it is
 * large enough; people and department breakdowns for leaders only.
 */
@QuarkusTest
class EmployeeAnalyticsTest {

    /** Created on first use: the application is up by then. */
    private static final class Fixture {
        static final String DEPARTMENT = Api.unique("Planners");
        static final TrendCorpus CORPUS = planted();

        /** Twelve posts on one word by eight people of one department, this week. */
        private static TrendCorpus planted() {
            TrendCorpus corpus = new TrendCorpus().background(120);
            for (int i = 0; i < 12; i++) {
                String author = "planner-" + (i % 8) + "-" + corpus.source;
                corpus.plant(
                        "Quillwort",
                        author,
                        i % 6,
                        post -> post.put(
                                "author", Map.of("id", author, "displayName", author, "department", DEPARTMENT)));
            }
            corpus.sendAndAwait();
            return corpus;
        }
    }

    @Test
    void shouldShowEmployeesTheTrendsWithoutWhoLeadsThem() {
        User employee = Api.newEmployee();
        JsonPath trends = employee.given()
                .get("/api/trends?window=7d&source={s}", Fixture.CORPUS.source)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(trends.getList("terms.key")).contains("quillwort");
        assertThat(trends.getList("terms.leaders.flatten()")).isEmpty();
    }

    @Test
    void shouldGiveTheBreakdownByDepartmentToLeadersOnly() {
        JsonPath leaders = quillwortAs(Api.leader());
        assertThat(leaders.getList("departments.department")).contains(Fixture.DEPARTMENT);

        JsonPath employees = quillwortAs(Api.newEmployee());
        assertThat(employees.getInt("posts")).isEqualTo(12);
        assertThat(employees.getList("drivingPosts")).isNotEmpty();
        assertThat(employees.getList("departments")).isEmpty();
        assertThat(employees.getInt("otherPeople")).isZero();
    }

    @Test
    void shouldDrawTheCloudForEmployees() {
        User employee = Api.newEmployee();
        employee.given()
                .get("/api/wordcloud?window=7d&source={s}&width=400&height=300", Fixture.CORPUS.source)
                .then()
                .statusCode(200)
                .body("words.key", hasItem("quillwort"));
        byte[] png = employee.given()
                .get("/api/wordcloud.png?window=7d&width=400&height=300")
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void shouldShowEmployeesTheirOwnDepartmentOnlyWhenItHasFivePeople() {
        String large = Api.unique("Large");
        List<User> colleagues = List.of(
                Api.newUser(large, "employee"),
                Api.newUser(large, "employee"),
                Api.newUser(large, "employee"),
                Api.newUser(large, "employee"),
                Api.newUser(large, "employee"));
        User inLarge = colleagues.get(0);
        inLarge.given().get("/api/trends?department={d}", large).then().statusCode(200);
        inLarge.given()
                .get("/api/wordcloud?department={d}&width=300&height=300", large)
                .then()
                .statusCode(200);

        String small = Api.unique("Small");
        User inSmall = Api.newUser(small, "employee");
        Api.newUser(small, "employee");
        for (String path : List.of("/api/trends", "/api/wordcloud", "/api/wordcloud.png", "/api/trends/anything")) {
            inSmall.given()
                    .get(path + "?department={d}", small)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/privacy"))
                    .body("detail", containsString("at least 5 people"));
        }
        inLarge.given()
                .get("/api/trends?department={d}", small)
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/privacy"));
        // The size rule holds for leaders too: no one sees what a few people wrote as a department.
        Api.leader().given().get("/api/trends?department={d}", small).then().statusCode(403);
    }

    @Test
    void shouldShowEmployeesTheTrendsOfTheirOwnPostsOnly() {
        User employee = Api.newEmployee();
        employee.given()
                .get("/api/trends?author={a}", employee.username())
                .then()
                .statusCode(200);
        employee.given()
                .get("/api/trends?author={a}", Api.leader().username())
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/privacy"));
        Api.leader()
                .given()
                .get("/api/trends?author={a}", employee.username())
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseBadParametersAsProblems() {
        User employee = Api.newEmployee();
        employee.given()
                .get("/api/trends?window=fortnight")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        employee.given()
                .get("/api/wordcloud?from=yesterday")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void shouldDocumentWhatEmployeesSeeInTheOpenApiDocument() {
        String document = Api.asAdmin()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(document)
                .contains("/problems/privacy")
                .contains("/api/me/posts-to-rate")
                .contains("repeat it to look up several posts at once");
    }

    /** Why the planted word trends, as the user sees it. */
    private static JsonPath quillwortAs(User user) {
        return user.given()
                .get("/api/trends/quillwort?window=7d&source={s}", Fixture.CORPUS.source)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
