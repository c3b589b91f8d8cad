package io.groundswell.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The static dashboard as HTTP serves it: where it lives, and who may frame it. */
@QuarkusTest
class DashboardPagesTest {

    @Test
    void shouldServeTheDashboardThatNoOtherSiteMayFrame() {
        given().get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("<script type=\"module\" src=\"js/app.js\">"));
        given().get("/js/app.js").then().statusCode(200).contentType(containsString("javascript"));
    }

    @Test
    void shouldLetIntranetPagesFrameTheEmbeddableCloud() {
        given().get("/embed/cloud/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors *"));
    }

    @Test
    void shouldRedirectTheShortEmbedAddressKeepingItsQuery() {
        given().redirects()
                .follow(false)
                .get("/embed/cloud?window=30d&department=Sales")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/embed/cloud/?window=30d&department=Sales"));
        given().redirects()
                .follow(false)
                .get("/embed/cloud")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/embed/cloud/"));
    }

    @Test
    void shouldLeaveApiAnswersWithoutThePagePolicy() {
        Api.asAdmin()
                .get("/api/me")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", nullValue())
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void shouldNotShipTheFrontendReadmeOrScreenshots() {
        given().get("/README.md").then().statusCode(not(200));
        given().get("/screenshots/overview.png").then().statusCode(not(200));
    }
}
