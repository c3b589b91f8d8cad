package io.groundswell.search;

import static io.groundswell.search.SearchFixture.asIntegration;
import static io.groundswell.search.SearchFixture.awaitTotal;
import static io.groundswell.search.SearchFixture.ids;
import static io.groundswell.search.SearchFixture.post;
import static io.groundswell.search.SearchFixture.search;
import static io.groundswell.search.SearchFixture.searchResponse;
import static io.groundswell.search.SearchFixture.uniqueSource;
import static io.groundswell.search.SearchFixture.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchValidationTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldSearchThePlainWordsOfAQueryThatDoesNotParse() {
        String word = uniqueWord();
        String source = uniqueSource("wiki");
        long id =
                post(source).title("Title page").text("The " + word + " draft.").create();
        awaitTotal(Map.of("q", word), 1);

        for (String broken : List.of("title:(", "*" + word, "/[/ " + word, word + " AND (", "\"" + word)) {
            JsonPath answer = search(Map.of("q", broken, "source", source));
            assertEquals(List.of(id), ids(answer), broken);
            assertThat(answer.getString("notice"))
                    .as(broken)
                    .startsWith("Searched for the words \u201c")
                    .endsWith("because the query syntax was incomplete or not valid.")
                    .doesNotContain("Encountered", "line 1", "column");
        }
        assertThat(search(Map.of("q", "title:(", "source", source)).getString("notice"))
                .contains("\u201ctitle\u201d");
        assertThat(search(Map.of("q", word, "source", source)).getString("notice"))
                .isNull();
    }

    @Test
    void shouldSayWhenBrokenSyntaxLeavesNoWords() {
        JsonPath answer = search(Map.of("q", "(((\""));

        assertEquals(0, answer.getInt("total"));
        assertEquals("The query syntax was incomplete and left no words to search for.", answer.getString("notice"));
    }

    @Test
    void shouldListEveryPostWhenQueryIsAbsentOrBlank() {
        String source = uniqueSource("wiki");
        Instant now = Instant.now();
        long older = post(source)
                .title("Older")
                .createdAt(now.minus(2, ChronoUnit.DAYS))
                .create();
        long newer =
                post(source).title("Newer").text("Plain <b>words</b> & more").create();
        awaitTotal(Map.of("source", source), 2);

        JsonPath absent = search(Map.of("source", source, "sort", "new"));
        JsonPath blank = search(Map.of("q", "  ", "source", source, "sort", "new"));

        assertEquals(List.of(newer, older), ids(absent));
        assertEquals(List.of(newer, older), ids(blank));
        // Nothing to highlight: the snippet is the escaped opening of the body.
        assertEquals("Plain &lt;b&gt;words&lt;/b&gt; &amp; more", absent.getString("hits[0].snippet"));
    }

    @Test
    void shouldExplainTheLengthLimitInCharacters() {
        searchResponse(Map.of("q", "x".repeat(501)))
                .then()
                .statusCode(400)
                .contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo("q"))
                .body(
                        "detail",
                        equalTo("q: is 501 characters long; a search may be at most 500 characters, shorten it"));
        // Long enough to be pasted by mistake, short enough for the server's 16 KiB request line.
        searchResponse(Map.of("q", "word ".repeat(1_800)))
                .then()
                .statusCode(400)
                .body("detail", containsString("is 9,000 characters long"));
        searchResponse(Map.of("q", "x".repeat(500))).then().statusCode(200);
        // 166 words: the stemmed fields are left out before the searcher's clause limit.
        searchResponse(Map.of("q", "ab ".repeat(166))).then().statusCode(200);
    }

    @Test
    void shouldRejectBadSortLimitAndOffset() {
        assertInvalid(Map.of("q", "report", "sort", "best"), "sort");
        assertInvalid(Map.of("q", "report", "limit", "0"), "limit");
        assertInvalid(Map.of("q", "report", "limit", "101"), "limit");
        assertInvalid(Map.of("q", "report", "limit", "ten"), "limit");
        assertInvalid(Map.of("q", "report", "offset", "-1"), "offset");
        assertInvalid(Map.of("q", "report", "offset", "10001"), "offset");
        searchResponse(Map.of("q", "report", "sort", "TOP", "limit", "100", "offset", "10000"))
                .then()
                .statusCode(200)
                .body("limit", equalTo(100))
                .body("offset", equalTo(10000));
    }

    @Test
    void shouldRejectBadDates() {
        assertInvalid(Map.of("q", "report", "from", "yesterday"), "from");
        assertInvalid(Map.of("q", "report", "to", "2026-13-01"), "to");
        assertInvalid(Map.of("q", "report", "from", "2026-02-01", "to", "2026-01-31"), "from");
        searchResponse(Map.of("q", "report", "from", "2026-01-31T09:00:00+02:00", "to", "2026-02-01"))
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRequireAnEmployee() {
        given().queryParam("q", "report")
                .get("/api/search")
                .then()
                .statusCode(401)
                .contentType(startsWith(PROBLEM));
        asIntegration()
                .queryParam("q", "report")
                .get("/api/search")
                .then()
                .statusCode(403)
                .contentType(startsWith(PROBLEM));
    }

    private static void assertInvalid(Map<String, ?> params, String field) {
        searchResponse(params)
                .then()
                .statusCode(400)
                .contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo(field));
    }
}
