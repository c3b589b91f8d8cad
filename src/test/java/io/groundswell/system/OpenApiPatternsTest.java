package io.groundswell.system;

import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Patterns checked after lengths still show in the OpenAPI document, where integrators read them. */
@QuarkusTest
class OpenApiPatternsTest {

    @Test
    void shouldDocumentThePatternsOfRequestFields() {
        Api.asAdmin()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("components.schemas.PostRequest.properties.source.pattern", equalTo(PatternChecks.SOURCE))
                .body("components.schemas.PostRequest.properties.url.pattern", equalTo(PatternChecks.HTTP_URL))
                .body("components.schemas.FeedRequest.properties.source.pattern", equalTo(PatternChecks.SOURCE))
                .body("components.schemas.NewUser.properties.username.pattern", equalTo("[A-Za-z0-9._@-]+"))
                .body(
                        "components.schemas.DiscourseInstanceRequest.properties.instance.pattern",
                        equalTo("https?://[^/\\s?#]+/?"));
    }
}
