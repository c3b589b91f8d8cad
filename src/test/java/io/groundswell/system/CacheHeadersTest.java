package io.groundswell.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CacheHeadersTest {

    @Test
    void shouldRevalidateTheDashboardsFilesSoAReleaseReachesBrowsersAtOnce() {
        String lastModified = RestAssured.given()
                .get("/js/app.js")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .extract()
                .header("Last-Modified");

        RestAssured.given()
                .header("If-Modified-Since", lastModified)
                .get("/js/app.js")
                .then()
                .statusCode(304);
        RestAssured.given().get("/").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void shouldKeepPersonalAnswersOutOfEveryCache() {
        Api.newEmployee().given().get("/api/me").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        Api.asAdmin().get("/api/admin/users").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        RestAssured.given().get("/api/me").then().statusCode(401).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void shouldLeaveAResourcesOwnCachingAlone() {
        Api.asAdmin()
                .get("/api/wordcloud.png?window=7d")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age=30"));
    }

    @Test
    void shouldNeverLetTheApiExplorerBeFramed() {
        Api.asAdmin()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
}
