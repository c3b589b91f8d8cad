package io.groundswell.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.groundswell.testing.Api;
import io.groundswell.testing.TrendCorpus;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every analytics endpoint reads its window, filters and numbers the same way. */
@QuarkusTest
class AnalyticsParamsTest {

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({
        "/api/trends?limit=ten, limit",
        "/api/trends?limit=1e2, limit",
        "/api/trends?limit=99999999999999999999, limit",
        "/api/trends/anything?from=yesterday, from",
        "/api/leaders?topic=kubernetes&limit=ten, limit",
        "/api/catalysts?limit=ten, limit",
        "/api/wordcloud?words=ten, words",
        "/api/wordcloud?width=wide, width",
        "/api/wordcloud.png?height=tall, height",
        "/api/people/anyone/topics?to=tomorrow, to",
        "/api/people/anyone/ratings?offset=none, offset",
        "/api/me/ratings?limit=ten, limit",
        "/api/posts?source=wiki&limit=ten, limit",
    })
    void shouldAnswerAMalformedNumberOrDateWithA400NamingTheParameter(String path, String parameter) {
        Api.leader()
                .given()
                .get(path)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(parameter));
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({
        "/api/wordcloud?window=7d&tag=%00, tag",
        "/api/wordcloud.png?window=7d&department=%00, department",
        "/api/trends?department=%00, department",
        "/api/trends/anything?author=%01, author",
        "/api/search?q=x&department=%00, department",
        "/api/search?q=x&source=%7F, source",
    })
    void shouldRefuseControlCharactersInAFilterNamingIt(String path, String parameter) {
        Api.leader()
                .given()
                .urlEncodingEnabled(false)
                .get(path)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void shouldFilterTrendsByATagInAnyCaseAsSearchDoes() {
        TrendCorpus corpus = new TrendCorpus().background(60);
        for (int i = 0; i < 12; i++) {
            corpus.plant("Quillfeather", "tagger-" + (i % 5), i % 6, post -> post.put("tags", List.of("Kubernetes")));
        }
        corpus.sendAndAwait();

        Map<String, Object> lower = trendsTagged(corpus, "kubernetes");
        Map<String, Object> mixed = trendsTagged(corpus, " Kubernetes ");
        assertThat(lower.get("posts")).isEqualTo(12);
        assertThat(mixed.get("posts")).isEqualTo(lower.get("posts"));
        assertThat(mixed.get("terms")).isEqualTo(lower.get("terms"));
        assertThat(Api.asAdmin()
                        .get("/api/search?q=quillfeather&tag=KUBERNETES&source={s}", corpus.source)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Integer>path("total"))
                .isEqualTo(12);
    }

    private static Map<String, Object> trendsTagged(TrendCorpus corpus, String tag) {
        Map<String, Object> report = Api.leader()
                .given()
                .queryParam("tag", tag)
                .queryParam("source", corpus.source)
                .get("/api/trends?window=7d&limit=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        // Computed at the moment of asking, so the only field that may differ.
        report.remove("computedAt");
        report.remove("from");
        report.remove("to");
        report.remove("baselineFrom");
        return report;
    }
}
