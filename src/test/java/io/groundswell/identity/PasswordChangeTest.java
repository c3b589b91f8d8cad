package io.groundswell.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * People change their own password, admins set anyone's; the old password is refused from the
 * moment the change answers, even though it was verified and cached before.
 */
@QuarkusTest
class PasswordChangeTest {

    private static final String NEW_PASSWORD = "a lighthouse on the moor";

    private static Response changeOwn(Api.User user, String current, String next) {
        return user.given()
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", current, "newPassword", next))
                .put("/api/me/password");
    }

    private static Response reset(String username, String next) {
        return Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("newPassword", next))
                .put("/api/admin/users/{username}/password", username);
    }

    @Test
    void shouldRefuseTheOldPasswordAsSoonAsAUserChangedIt() {
        Api.User user = Api.newEmployee();
        user.given().get("/api/me").then().statusCode(200);

        changeOwn(user, user.password(), NEW_PASSWORD).then().statusCode(204);

        Api.assertPasswordChanged(user, NEW_PASSWORD);
    }

    @Test
    void shouldRefuseAWrongCurrentPasswordAndKeepTheOldOne() {
        Api.User user = Api.newEmployee();

        changeOwn(user, "not my current password", NEW_PASSWORD)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("currentPassword"));

        user.given().get("/api/me").then().statusCode(200);
        new Api.User(user.username(), NEW_PASSWORD)
                .given()
                .get("/api/me")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldRefuseANewPasswordThatBreaksThePolicy() {
        Api.User user = Api.newEmployee();

        changeOwn(user, user.password(), "12345678")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("newPassword"))
                .body("errors[0].message", containsString("at least 12"));
        changeOwn(user, user.password(), user.username().toUpperCase(Locale.ROOT) + "-2026!")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("username"));
        user.given()
                .contentType(ContentType.JSON)
                .body("{\"currentPassword\": \"" + user.password() + "\"}")
                .put("/api/me/password")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));

        user.given().get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldRefuseACommonPasswordForANewUser() {
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("username", Api.unique("weak"), "password", "Password2026!", "roles", List.of("employee")))
                .post("/api/admin/users")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("most common"));
    }

    @Test
    void shouldLetAnAdminSetAPasswordAndRefuseTheOldOneAtOnce() {
        Api.User user = Api.newEmployee();
        user.given().get("/api/me").then().statusCode(200);

        reset(user.username(), NEW_PASSWORD).then().statusCode(204);

        Api.assertPasswordChanged(user, NEW_PASSWORD);
    }

    @Test
    void shouldAnswer404AndPolicyProblemsToAnAdmin() {
        reset(Api.unique("nobody"), NEW_PASSWORD).then().statusCode(404);
        reset(Api.newEmployee().username(), "short")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
    }

    @Test
    void shouldTellAnApiKeyItHasNoPassword() {
        Api.withKey(Api.newApiKey(List.of("ingest"), List.of(Api.unique("pw"))))
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "whatever it is", "newPassword", NEW_PASSWORD))
                .put("/api/me/password")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
