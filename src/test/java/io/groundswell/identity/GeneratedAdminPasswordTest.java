package io.groundswell.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.system.GroundswellConfig;
import io.groundswell.testing.OwnDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A generated administrator password must be changed at the first sign-in: until then the API
 * answers only who you are and the password change, and a 403 that says so to everything else.
 */
@QuarkusTest
@TestProfile(GeneratedAdminPasswordTest.GeneratedPassword.class)
class GeneratedAdminPasswordTest {

    /** No configured administrator password, and a database of its own: the server generates one. */
    public static class GeneratedPassword implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(OwnDatabase.named("generated_admin"));
            overrides.put("groundswell.admin.password", "");
            return overrides;
        }
    }

    @Inject
    GroundswellConfig config;

    private static RequestSpecification admin(String password) {
        return given().auth().preemptive().basic("admin", password);
    }

    @Test
    void shouldAnswerOnlyWhoIAmAndThePasswordChangeUntilTheGeneratedPasswordIsChanged() throws IOException {
        String generated = Files.readString(config.dataDir().resolve(AdminPasswordFile.NAME))
                .strip();

        admin(generated).get("/api/me").then().statusCode(200).body("passwordChangeRequired", equalTo(true));
        for (String path : new String[] {"/api/admin/users", "/api/posts", "/api/me/ratings"}) {
            admin(generated)
                    .get(path)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/password-change-required"));
        }
        admin(generated).post("/api/admin/reindex").then().statusCode(403);

        String chosen = "the administrator's own choice";
        admin(generated)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", generated, "newPassword", chosen))
                .put("/api/me/password")
                .then()
                .statusCode(204);

        admin(chosen).get("/api/me").then().statusCode(200).body("passwordChangeRequired", equalTo(false));
        admin(chosen).get("/api/admin/users").then().statusCode(200);
        admin(generated).get("/api/me").then().statusCode(401);
    }
}
