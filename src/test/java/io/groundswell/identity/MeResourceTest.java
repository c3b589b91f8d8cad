package io.groundswell.identity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who am I: the username for signing in, the display name and department for the page. */
@QuarkusTest
class MeResourceTest {

    @Test
    void shouldNameThePersonAndTheirDepartment() {
        Api.User employee = Api.newUser("Cartography", "employee");
        employee.given()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("name", equalTo(employee.username()))
                .body("personId", equalTo(employee.username()))
                .body("displayName", equalTo("Test " + employee.username()))
                .body("department", equalTo("Cartography"))
                .body("roles", equalTo(List.of("employee")))
                .body("departmentTrends", equalTo(false));
        // The analytics refuse a department this small to leaders too, so /api/me does not promise it.
        String small = Api.unique("Mapping");
        Api.User leader = Api.newUser(small, "leader");
        leader.given().get("/api/me").then().body("departmentTrends", equalTo(false));
        leader.given().get("/api/trends?department={d}", small).then().statusCode(403);
    }

    @Test
    void shouldTellEmployeesOfADepartmentOfFiveThatTheySeeItsTrends() {
        String department = Api.unique("Survey");
        for (int i = 0; i < 4; i++) {
            Api.newUser(department, "employee");
        }
        Api.User fifth = Api.newUser(department, "employee");
        fifth.given().get("/api/me").then().statusCode(200).body("departmentTrends", equalTo(true));
        fifth.given().get("/api/trends?department={d}", department).then().statusCode(200);
    }

    @Test
    void shouldNameNoPersonForAnApiKey() {
        String key = Api.newApiKey(List.of("ingest"), List.of("*"));
        Api.withKey(key).get("/api/me").then().statusCode(200).body("displayName", nullValue());
    }
}
