package io.groundswell.wordcloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.testing.Api;
import io.groundswell.testing.TrendCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The cloud of a generated corpus whose posts are full of things that must never show in a cloud. */
@QuarkusTest
class WordCloudResourceTest {

    private static final class Fixture {
        static final String SOURCE = build();

        private static String build() {
            TrendCorpus corpus = new TrendCorpus().background(300);
            String[] noisy = {
                "The new observatory opens at https://intranet.example.com/observatory on 2026-03-01 &amp; more",
                "Le nouvel observatoire est ouvert pour les équipes et nous avons 42 places &eacute;",
                "Mail observatory@example.com about the observatory tour, 15 seats &nbsp; left",
                "Observatory night: telescopes, astronomy club and the observatory cafe",
            };
            for (int i = 0; i < 24; i++) {
                String text = noisy[i % noisy.length];
                corpus.plantText(text, "stargazer-" + (i % 8), i % 6);
            }
            for (int t = 0; t < 40; t++) {
                for (int i = 0; i < 4; i++) {
                    corpus.plantText(
                            "word" + (char) ('a' + t % 26) + "x topic" + (char) ('a' + t / 26),
                            "voice-" + (i % 3) + "-" + t,
                            i % 6);
                }
            }
            corpus.sendAndAwait();
            return corpus.source;
        }
    }

    private static JsonPath cloud(String query) {
        return Api.leader()
                .given()
                .get("/api/wordcloud?window=7d&source=" + Fixture.SOURCE + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldPlaceBoxesInsideTheImageWithoutOverlap() {
        JsonPath cloud = cloud("&width=700&height=400");
        List<Map<String, Object>> words = cloud.getList("words");
        assertThat(words).isNotEmpty();
        for (Map<String, Object> w : words) {
            int x = (int) w.get("x"),
                    y = (int) w.get("y"),
                    width = (int) w.get("width"),
                    height = (int) w.get("height");
            assertThat(x).isGreaterThanOrEqualTo(0);
            assertThat(y).isGreaterThanOrEqualTo(0);
            assertThat(x + width).isLessThanOrEqualTo(700);
            assertThat(y + height).isLessThanOrEqualTo(400);
        }
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                assertThat(overlap(words.get(i), words.get(j)))
                        .as("%s and %s", words.get(i).get("text"), words.get(j).get("text"))
                        .isFalse();
            }
        }
        assertThat(cloud.getString("imageUrl")).startsWith("/api/wordcloud.png?");
    }

    @Test
    void shouldHoldNoStopWordsNumbersUrlsOrEntities() {
        List<String> texts = cloud("").getList("words.text");
        assertThat(texts).anyMatch(t -> t.toLowerCase().contains("observ"));
        List<String> forbidden = List.of(
                "the",
                "le",
                "les",
                "est",
                "pour",
                "nous",
                "et",
                "at",
                "on",
                "about",
                "and",
                "amp",
                "nbsp",
                "eacute",
                "https",
                "http",
                "com",
                "intranet",
                "example");
        for (String text : texts) {
            for (String word : text.toLowerCase().split(" ")) {
                assertThat(forbidden).as(text).doesNotContain(word);
                assertThat(word).as(text).doesNotContainPattern("\\d").doesNotContain("&", "@", "/", ";");
            }
        }
    }

    @Test
    void shouldDrawADarkCloudOnADarkBackgroundWithTheColoursItsLegendNames() throws IOException {
        JsonPath cloud = cloud("&width=500&height=300&theme=dark");
        Map<String, String> colours = cloud.getMap("colors");
        assertThat(cloud.getString("theme")).isEqualTo("dark");
        assertThat(colours).containsOnlyKeys("rising", "steady", "falling");
        assertThat(cloud.getList("words", Map.class))
                .allSatisfy(w -> assertThat(w.get("color")).isEqualTo(colours.get(w.get("trend"))));
        assertThat(cloud("&width=500&height=300").getMap("colors")).isNotEqualTo(colours);

        byte[] png = Api.leader()
                .given()
                .get(cloud.getString("imageUrl"))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x202734);
    }

    @Test
    void shouldReportTheWordsThatDidNotFit() {
        JsonPath cloud = cloud("&width=100&height=100&words=200&sizeBy=frequency");
        int placed = cloud.getList("words").size();
        assertThat(cloud.getList("unplaced")).isNotEmpty();
        assertThat(placed + cloud.getList("unplaced").size()).isGreaterThan(placed);
    }

    @Test
    void shouldRenderThePngAtTheRequestedSize() throws IOException {
        byte[] png = Api.leader()
                .given()
                .get("/api/wordcloud.png?window=7d&width=640&height=360&source=" + Fixture.SOURCE)
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
    }

    @Test
    void shouldCompareWithThePreviousWindowOnOneImage() {
        JsonPath cloud = cloud("&compare=previous&width=900&height=400");
        assertThat(cloud.getInt("dividerX")).isBetween(1, 899);
        assertThat(cloud.getList("words.side")).contains("current");
    }

    @Test
    void shouldRejectBadShapesButDrawForEmployees() {
        Api.leader()
                .given()
                .get("/api/wordcloud?width=5000")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.leader().given().get("/api/wordcloud?compare=sideways").then().statusCode(400);
        Api.leader().given().get("/api/wordcloud?theme=purple").then().statusCode(400);
        Api.newEmployee().given().get("/api/wordcloud").then().statusCode(200);
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        int ax = (int) a.get("x"), ay = (int) a.get("y"), aw = (int) a.get("width"), ah = (int) a.get("height");
        int bx = (int) b.get("x"), by = (int) b.get("y"), bw = (int) b.get("width"), bh = (int) b.get("height");
        return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
    }
}
