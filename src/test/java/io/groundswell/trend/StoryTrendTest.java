package io.groundswell.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.groundswell.testing.TrendCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Stories in {@code /api/trends}: spellings of one word and words told together in the same posts
 * make one story; an unrelated rise stays a story of its own; every term names its story.
 */
@QuarkusTest
class StoryTrendTest {

    /** Planted on first use, when the application is up, and shared by the tests. */
    private static final class Planted {
        static final User LEADER = Api.newUser("Strategy", "leader");
        static final TrendCorpus CORPUS = plant();

        private static TrendCorpus plant() {
            TrendCorpus corpus = new TrendCorpus().background(400);
            // Two words told together, never side by side: no phrase stands in for them.
            for (int i = 0; i < 12; i++) {
                corpus.plant(
                        "Heliomast",
                        "installer-" + i,
                        i % 6,
                        post -> post.put("body", post.get("body") + " Voltaweave."));
            }
            for (int i = 0; i < 6; i++) {
                corpus.plant("quorbits", "plural-" + i, i % 6);
                corpus.plant("quorbit", "singular-" + i, i % 6);
            }
            for (int i = 0; i < 8; i++) {
                corpus.plant("Marrowgate", "planter-" + i, i % 7);
            }
            corpus.sendAndAwait();
            return corpus;
        }
    }

    private static JsonPath trends(int limit) {
        return Planted.LEADER
                .given()
                .get("/api/trends?window=7d&source={s}&limit={n}", Planted.CORPUS.source, limit)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The keys of each story's terms, by the story's key. */
    private static Map<String, List<String>> stories(JsonPath trends) {
        List<Map<String, Object>> stories = trends.getList("stories");
        return stories.stream().collect(Collectors.toMap(story -> (String) story.get("key"), story -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> terms = (List<Map<String, Object>>) story.get("terms");
            return terms.stream().map(t -> (String) t.get("key")).toList();
        }));
    }

    private static String storyOf(Map<String, List<String>> stories, String term) {
        return stories.entrySet().stream()
                .filter(story -> story.getValue().contains(term))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError(term + " is in no story: " + stories));
    }

    @Test
    void shouldTellWordsOfTheSamePostsAndSpellingsOfOneWordAsOneStoryEach() {
        Map<String, List<String>> stories = stories(trends(100));

        assertThat(storyOf(stories, "voltaweave")).isEqualTo(storyOf(stories, "heliomast"));
        assertThat(storyOf(stories, "quorbits")).isEqualTo(storyOf(stories, "quorbit"));
        assertThat(storyOf(stories, "marrowgate"))
                .isNotEqualTo(storyOf(stories, "heliomast"))
                .isNotEqualTo(storyOf(stories, "quorbit"));
        assertThat(storyOf(stories, "heliomast")).isNotEqualTo(storyOf(stories, "quorbit"));
        assertThat(stories.values().stream().flatMap(List::stream)).doesNotHaveDuplicates();
    }

    @Test
    void shouldNameEachTermsStoryAndLabelItByItsBestPhrase() {
        JsonPath trends = trends(100);
        Map<String, List<String>> stories = stories(trends);
        List<Map<String, Object>> terms = trends.getList("terms");

        assertThat(terms).isNotEmpty();
        for (Map<String, Object> term : terms) {
            assertThat(stories.get((String) term.get("story"))).contains((String) term.get("key"));
        }
        List<String> labels = trends.getList("stories.label", String.class);
        assertThat(labels).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void shouldListOnlyTheStoriesThatTheTermsShownStart() {
        JsonPath all = trends(100);
        JsonPath top = trends(2);
        List<String> shown = top.getList("terms.key", String.class);

        assertThat(shown).hasSize(2);
        assertThat(top.getList("stories.key", String.class))
                .isNotEmpty()
                .isSubsetOf(shown)
                .isSubsetOf(all.getList("stories.key", String.class));
        Map<String, Object> first = top.getMap("stories[0]");
        Map<String, Map<String, Object>> allByKey = all.<Map<String, Object>>getList("stories").stream()
                .collect(Collectors.toMap(s -> (String) s.get("key"), Function.identity()));
        assertThat(first.get("terms")).isEqualTo(allByKey.get(first.get("key")).get("terms"));
    }
}
