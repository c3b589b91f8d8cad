package io.groundswell.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document tells integrators about the problem+json answers of every operation. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Test
    void shouldDocumentProblemAnswersOfEveryOperation() {
        JsonPath document = openApi();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> undocumented = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (!(operation.getValue() instanceof Map<?, ?> fields) || !fields.containsKey("responses")) {
                    continue;
                }
                operations++;
                Map<?, ?> responses = (Map<?, ?>) fields.get("responses");
                if (responses.keySet().stream()
                        .noneMatch(status -> status.toString().startsWith("2"))) {
                    undocumented.add(operation.getKey() + " " + path.getKey() + " without a success answer");
                }
                if (!isProblem(responses.get("400")) && !isProblem(responses.get("401"))) {
                    undocumented.add(operation.getKey() + " " + path.getKey());
                }
                for (var response : responses.entrySet()) {
                    String status = response.getKey().toString();
                    if ((status.startsWith("4") || status.startsWith("5")) && !isProblem(response.getValue())) {
                        undocumented.add(operation.getKey() + " " + path.getKey() + " " + status);
                    }
                }
            }
        }

        assertThat(operations).isGreaterThan(30);
        assertThat(undocumented).isEmpty();
    }

    @Test
    void shouldDocumentTheErrorsParticularToAnOperation() {
        JsonPath document = openApi();

        assertThat(isProblem(document.get("paths.'/api/admin/users'.post.responses.409")))
                .isTrue();
        assertThat(isProblem(document.get("paths.'/api/search'.get.responses.503")))
                .isTrue();
        assertThat(isProblem(document.get("paths.'/api/posts/{id}'.get.responses.404")))
                .isTrue();
        assertThat(isProblem(document.get("paths.'/api/posts'.post.responses.413")))
                .isTrue();
        assertThat(document.getMap("paths.'/api/search'.get.responses.'200'").toString())
                .contains("#/components/schemas/SearchResponse");
        assertThat(document.getMap("paths.'/api/admin/users'.post.responses")).containsKey("201");
    }

    @Test
    void shouldDescribeTheProblemRecordAsItIs() {
        Map<String, Object> properties = openApi().getMap("components.schemas.Problem.properties");

        assertThat(properties.keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Problem.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
    }

    private static JsonPath openApi() {
        return Api.asAdmin()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static boolean isProblem(Object response) {
        if (!(response instanceof Map<?, ?> fields) || !(fields.get("content") instanceof Map<?, ?> content)) {
            return false;
        }
        return content.get(Problem.MEDIA_TYPE) instanceof Map<?, ?> media
                && media.get("schema") instanceof Map<?, ?> schema
                && PROBLEM_REF.equals(schema.get("$ref"));
    }
}
