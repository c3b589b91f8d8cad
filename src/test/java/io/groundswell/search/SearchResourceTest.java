package io.groundswell.search;

import static io.groundswell.search.SearchFixture.NEAR_REAL_TIME;
import static io.groundswell.search.SearchFixture.asAdmin;
import static io.groundswell.search.SearchFixture.awaitTotal;
import static io.groundswell.search.SearchFixture.ids;
import static io.groundswell.search.SearchFixture.post;
import static io.groundswell.search.SearchFixture.search;
import static io.groundswell.search.SearchFixture.uniqueSource;
import static io.groundswell.search.SearchFixture.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchResourceTest {

    @Test
    void shouldFindNewPostWithinASecondWithMarkedSnippetAndFacetCounts() {
        String word = uniqueWord();
        String source = uniqueSource("forum");
        // Finance has five people, Legal one: a department smaller than five gets no facet count.
        String finance = "Finance " + word;
        String legal = "Legal " + word;
        for (int i = 0; i < 4; i++) {
            Api.newUser(finance, "employee");
        }
        post(source)
                .title("Budget planning")
                .text("The " + word + " budget for next year is out. Read it before Friday.")
                .author("fin-1-" + word, "Fiona Finance", finance)
                .tags("budget", "planning")
                .create();
        long second = post(source)
                .title("Contract review " + word)
                .text("Legal has reviewed the supplier contracts.")
                .author("leg-1-" + word, "Lee Legal", legal)
                .tags("budget")
                .create();
        Instant acknowledged = Instant.now();

        JsonPath answer = awaitTotal(Map.of("q", word), 2);

        assertTrue(Duration.between(acknowledged, Instant.now()).compareTo(NEAR_REAL_TIME) < 0);
        // The title counts double: the post with the word in its title ranks first.
        assertEquals(second, ids(answer).get(0));
        assertTrue(
                answer.getString("hits[1].snippet").contains("<mark>" + word + "</mark>"),
                answer.getString("hits[1].snippet"));
        assertEquals("Legal has reviewed the supplier contracts.", answer.getString("hits[0].snippet"));
        assertEquals(2, answer.getInt("facets.source.'" + source + "'"));
        assertEquals(Map.of(finance, 1), answer.getMap("facets.department"));
        assertEquals(Map.of("budget", 2, "planning", 1), answer.getMap("facets.tag"));
        assertEquals("Lee Legal", answer.getString("hits[0].author.displayName"));
        assertEquals(legal, answer.getString("hits[0].author.department"));
        assertEquals(List.of("budget"), answer.getList("hits[0].tags"));
        assertEquals(0, answer.getInt("hits[0].rating.count"));
        assertEquals(3.0, answer.getDouble("hits[0].rating.score"));
        assertEquals(20, answer.getInt("limit"));
        assertEquals(0, answer.getInt("offset"));
    }

    @Test
    void shouldSearchHtmlBodiesByTheirTextAndEscapeUserContentInSnippets() {
        String word = uniqueWord();
        String source = uniqueSource("wiki");
        post(source)
                .title("Release notes")
                .html("<p>The <b>" + word + "</b> release: never paste &lt;script&gt;alert(1)&lt;/script&gt; here.</p>"
                        + "<script>stealcookies()</script>")
                .create();

        JsonPath answer = awaitTotal(Map.of("q", word), 1);

        String snippet = answer.getString("hits[0].snippet");
        assertTrue(snippet.contains("<mark>" + word + "</mark>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;alert(1)&lt;"), snippet);
        assertFalse(snippet.contains("<script>"), snippet);
        assertFalse(snippet.contains("</script>"), snippet);
        assertFalse(snippet.contains("<b>"), snippet);
        assertEquals(0, search(Map.of("q", "stealcookies", "source", source)).getInt("total"));
        assertEquals(1, search(Map.of("q", "release", "source", source)).getInt("total"));
    }

    @Test
    void shouldNarrowResultsByEveryFilter() {
        String word = uniqueWord();
        String one = uniqueSource("blog");
        String two = uniqueSource("wiki");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String alex = "alex-" + word;
        String blake = "blake-" + word;
        long first = post(one)
                .text(word)
                .author(alex, "Alex", "Finance")
                .tags("alpha")
                .createdAt(now.minus(30, ChronoUnit.DAYS))
                .create();
        long second = post(two)
                .text(word)
                .author(blake, "Blake", "Legal")
                .tags("beta")
                .createdAt(now.minus(20, ChronoUnit.DAYS))
                .create();
        long third = post(one)
                .text(word)
                .author(blake, "Blake", "Legal")
                .tags("alpha", "beta")
                .createdAt(now.minus(10, ChronoUnit.DAYS))
                .create();
        awaitTotal(Map.of("q", word), 3);

        assertEquals(List.of(third, first), newest(Map.of("q", word, "source", one)));
        assertEquals(List.of(third, second), newest(Map.of("q", word, "department", "Legal")));
        assertEquals(List.of(third, first), newest(Map.of("q", word, "tag", "ALPHA")));
        assertEquals(List.of(third), newest(Map.of("q", word, "tag", List.of("alpha", "beta"))));
        // An API key's authors are people of the post's source: Blake of source one wrote the third only.
        assertEquals(List.of(third), newest(Map.of("q", word, "author", one + ":" + blake)));
        String twentyFiveDaysAgo = now.minus(25, ChronoUnit.DAYS).toString();
        String fifteenDaysAgo = now.minus(15, ChronoUnit.DAYS).toString();
        assertEquals(List.of(third, second), newest(Map.of("q", word, "from", twentyFiveDaysAgo)));
        assertEquals(List.of(second, first), newest(Map.of("q", word, "to", fifteenDaysAgo)));
        assertEquals(List.of(second), newest(Map.of("q", word, "from", twentyFiveDaysAgo, "to", fifteenDaysAgo)));
        String dayOfSecond = now.minus(20, ChronoUnit.DAYS).toString().substring(0, 10);
        assertEquals(List.of(second), newest(Map.of("q", word, "from", dayOfSecond, "to", dayOfSecond)));
        JsonPath filtered = search(Map.of("q", word, "source", one));
        assertEquals(Map.of(one, 2), filtered.getMap("facets.source"));
        assertEquals(Map.of("alpha", 2, "beta", 1), filtered.getMap("facets.tag"));
    }

    @Test
    void shouldPageThroughHitsInTheRequestedOrder() {
        String word = uniqueWord();
        String source = uniqueSource("forum");
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS);
        long[] posts = new long[5];
        for (int i = 0; i < posts.length; i++) {
            posts[i] = post(source).text(word).createdAt(start.plusSeconds(i)).create();
        }
        awaitTotal(Map.of("q", word), 5);

        JsonPath page1 = search(Map.of("q", word, "sort", "new", "limit", 2));
        JsonPath page2 = search(Map.of("q", word, "sort", "new", "limit", 2, "offset", 2));
        JsonPath page3 = search(Map.of("q", word, "sort", "new", "limit", 2, "offset", 4));
        JsonPath beyond = search(Map.of("q", word, "sort", "new", "limit", 2, "offset", 6));

        assertEquals(List.of(posts[4], posts[3]), ids(page1));
        assertEquals(List.of(posts[2], posts[1]), ids(page2));
        assertEquals(List.of(posts[0]), ids(page3));
        assertEquals(List.of(), ids(beyond));
        assertEquals(5, page3.getInt("total"));
        assertEquals(5, beyond.getInt("total"));
        assertEquals(2, page2.getInt("limit"));
        assertEquals(2, page2.getInt("offset"));
    }

    @Test
    void shouldDropDeletedPostFromSearch() {
        String word = uniqueWord();
        String source = uniqueSource("forum");
        long kept = post(source).text(word + " stays").create();
        long deleted = post(source).text(word + " goes").create();
        awaitTotal(Map.of("q", word), 2);

        asAdmin().delete("/api/posts/" + deleted).then().statusCode(204);

        JsonPath answer = awaitTotal(Map.of("q", word), 1);
        assertEquals(List.of(kept), ids(answer));
        assertEquals(Map.of(source, 1), answer.getMap("facets.source"));
    }

    @Test
    void shouldMatchAccentsAndCaseAndQuotedSyntaxLiterally() {
        String word = uniqueWord();
        String source = uniqueSource("forum");
        long post = post(source)
                .text("Le café " + word + " ouvre: title:( est permis")
                .create();
        awaitTotal(Map.of("q", word), 1);

        assertEquals(List.of(post), ids(search(Map.of("q", "CAFE " + word.toUpperCase()))));
        assertEquals(List.of(post), ids(search(Map.of("q", "\"title:(\" " + word))));
        assertEquals(List.of(post), ids(search(Map.of("q", word.substring(0, 8) + "*"))));
        assertEquals(0, search(Map.of("q", word + " absentword")).getInt("total"));
    }

    private static List<Long> newest(Map<String, ?> params) {
        Map<String, Object> sorted = new HashMap<>(params);
        sorted.put("sort", "new");
        return ids(search(sorted));
    }
}
