package io.groundswell.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.groundswell.testing.Api;
import io.groundswell.testing.PostBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An admin disables, enables, edits and deletes accounts; each change holds from the moment it answers. */
@QuarkusTest
class AccountLifecycleTest {

    private static ValidatableResponse patch(String username, Map<String, Object> body) {
        return Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .patch("/api/admin/users/{u}", username)
                .then();
    }

    @Test
    void shouldRefuseADisabledAccountAtOnceSayingWhyAndLetItBackWhenEnabled() {
        Api.User user = Api.newEmployee();
        user.given().get("/api/me").then().statusCode(200);

        patch(user.username(), Map.of("enabled", false)).statusCode(200).body("enabled", equalTo(false));

        user.given()
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/account-disabled"));
        // Only the right password learns that the account is disabled.
        new Api.User(user.username(), "not the password at all")
                .given()
                .get("/api/me")
                .then()
                .statusCode(401)
                .body("type", equalTo("/problems/unauthorized"));

        patch(user.username(), Map.of("enabled", true)).statusCode(200).body("enabled", equalTo(true));
        user.given().get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldChangeNameDepartmentAndRolesOfAnAccountHolderAtOnce() {
        Api.User user = Api.newEmployee();
        user.given().get("/api/me").then().statusCode(200).body("roles", org.hamcrest.Matchers.not(hasItem("leader")));

        patch(
                        user.username(),
                        Map.of("displayName", "Renamed Person", "department", "Finance", "roles", List.of("leader")))
                .statusCode(200)
                .body("displayName", equalTo("Renamed Person"))
                .body("department", equalTo("Finance"))
                .body("roles", equalTo(List.of("leader")));

        user.given()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Renamed Person"))
                .body("department", equalTo("Finance"))
                .body("roles", hasItem("leader"));

        // An empty department removes it; absent fields stay.
        patch(user.username(), Map.of("department", ""))
                .statusCode(200)
                .body("department", equalTo(null))
                .body("displayName", equalTo("Renamed Person"));
    }

    @Test
    void shouldAnswerBadEditsWithProblems() {
        Api.User user = Api.newEmployee();
        patch(user.username(), Map.of("roles", List.of("emperor")))
                .statusCode(400)
                .body("errors[0].field", equalTo("roles"));
        patch(user.username(), Map.of("roles", List.of("integration"))).statusCode(400);
        patch(user.username(), Map.of("displayName", "")).statusCode(400);
        patch("no-such-user-anywhere", Map.of("enabled", false)).statusCode(404);
        Api.asAdmin()
                .delete("/api/admin/users/{u}", "no-such-user-anywhere")
                .then()
                .statusCode(404);
        user.given()
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", false))
                .patch("/api/admin/users/{u}", user.username())
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseToLetAnAdminDisableDeleteOrDemoteThemself() {
        patch("admin", Map.of("enabled", false)).statusCode(409).contentType("application/problem+json");
        patch("admin", Map.of("roles", List.of("employee"))).statusCode(409);
        Api.asAdmin().delete("/api/admin/users/admin").then().statusCode(409);
        Api.asAdmin().get("/api/me").then().statusCode(200).body("roles", hasItem("admin"));
    }

    @Test
    void shouldDeleteAnAccountKeepingItsPostsByAFormerMemberAndItsRatingsUnnamed() {
        Api.User author = Api.newEmployee();
        Api.User rater = Api.newEmployee();
        String source = Api.unique("lifecycle");
        long postId =
                PostBuilder.post(source, "p1").title("Quarterly planning notes").createAs(author.given());
        rater.given()
                .contentType(ContentType.JSON)
                .body(Map.of("stars", 4))
                .put("/api/posts/{id}/rating", postId)
                .then()
                .statusCode(200);

        Api.asAdmin().delete("/api/admin/users/{u}", author.username()).then().statusCode(204);
        Api.asAdmin().delete("/api/admin/users/{u}", rater.username()).then().statusCode(204);

        author.given().get("/api/me").then().statusCode(401);
        rater.given().get("/api/me").then().statusCode(401);
        List<String> usernames = Api.asAdmin()
                .get("/api/admin/users")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("username");
        assertThat(usernames).doesNotContain(author.username(), rater.username());
        Api.asAdmin()
                .get("/api/posts/{id}", postId)
                .then()
                .statusCode(200)
                .body("author.displayName", equalTo("Former member"))
                .body("author.department", equalTo(null))
                .body("rating.count", equalTo(1));
        // The index shows the post by a former member too, once it caught up.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.asAdmin()
                .get("/api/search?source={s}", source)
                .then()
                .body("hits[0].author.displayName", equalTo("Former member")));
        // The username is free again, for a new person.
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username", author.username(),
                        "password", "a brand new password",
                        "roles", List.of("employee")))
                .post("/api/admin/users")
                .then()
                .statusCode(201);
    }

    @Test
    void shouldStopCountingADeletedPersonInTheirDepartmentAtOnce() {
        String department = Api.unique("Small dept");
        List<Api.User> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(Api.newUser(department, "employee"));
        }
        Api.User first = members.get(0);
        first.given().get("/api/me").then().statusCode(200).body("departmentTrends", equalTo(true));

        Api.asAdmin()
                .delete("/api/admin/users/{u}", members.get(4).username())
                .then()
                .statusCode(204);

        first.given().get("/api/me").then().statusCode(200).body("departmentTrends", equalTo(false));
        first.given().get("/api/trends?department={d}", department).then().statusCode(403);
    }
}
