package io.groundswell.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which posts are on a topic when ranking its leaders: a tag's posts, or the posts using the word. */
@QuarkusTest
class LeaderTopicTest {

    @Test
    void shouldMatchATopicThatIsATagByTheTagOnlyNotByItsWordInOtherPosts() throws InterruptedException {
        LeadershipCorpus corpus = new LeadershipCorpus();
        String department = LeadershipCorpus.department("Tags");
        String tag = "tag" + LeadershipCorpus.letters();
        String tagged = Api.unique("tagged");
        String mentions = Api.unique("mentions");
        String wordOnly = "word" + LeadershipCorpus.letters();
        // Tagged, but the tag's word is nowhere in the text.
        int onTag = corpus.written(tagged, department, "How to true a wheel by hand", List.of(tag), null);
        // The tag's word in the text, but not tagged with it: rated higher, yet not on the topic.
        int aside = corpus.written(
                mentions, department, "A side note on " + tag + " and " + wordOnly, List.of("misc"), null);
        corpus.rateByNew(3, department, 4, List.of(onTag));
        corpus.rateByNew(6, department, 5, List.of(aside));
        corpus.awaitIndexed();

        assertThat(corpus.leaders(Api.leader().given(), tag.toUpperCase()).getList("leaders.id"))
                .containsExactly(tagged);
        // A topic that is no tag still matches the words of the text.
        assertThat(corpus.leaders(Api.leader().given(), wordOnly).getList("leaders.id"))
                .containsExactly(mentions);
    }

    @Test
    void shouldNeverRankSomeoneWhoOnlyAskedAboveAWellRatedAnswerer() throws InterruptedException {
        LeadershipCorpus corpus = new LeadershipCorpus();
        String department = LeadershipCorpus.department("Answers");
        String asker = Api.unique("asker");
        String answerer = Api.unique("answerer");
        String unstated = Api.unique("unstated");
        int question =
                corpus.written(asker, department, "Why does " + corpus.topic + " squeak?", List.of(), "question");
        int answer =
                corpus.written(answerer, department, "The " + corpus.topic + " needs grease.", List.of(), "answer");
        int mail = corpus.written(unstated, department, "On " + corpus.topic + " in the rain.", List.of(), null);
        // Rated by more peers and higher, the question would put its asker first if it counted; a
        // post of no stated kind counts as before.
        corpus.rateByNew(8, department, 5, List.of(question));
        corpus.rateByNew(3, department, 4, List.of(answer));
        corpus.rateByNew(3, department, 5, List.of(mail));
        corpus.awaitIndexed();

        JsonPath leaders = corpus.leaders(Api.leader().given());

        assertThat(leaders.getList("leaders.id")).containsExactlyInAnyOrder(answerer, unstated);
    }

    @Test
    void shouldRefuseATopicOfOnlyCommonWordsNamingTheField() {
        Api.leader()
                .given()
                .get("/api/leaders?topic={t}&window=7d", "On and off")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("topic"))
                .body("errors[0].message", equalTo("'On and off' holds only common words; name a subject"));
    }

    @Test
    void shouldFallBackToTheContentWordsOfATopicNoPostMatchesAsWritten() throws InterruptedException {
        LeadershipCorpus corpus = new LeadershipCorpus();
        String department = LeadershipCorpus.department("Content");
        String writer = Api.unique("writer");
        corpus.rateByNew(3, department, 4, corpus.posts(writer, department, 1));
        corpus.awaitIndexed();

        JsonPath leaders = corpus.leaders(Api.leader().given(), "all about the " + corpus.topic);

        assertThat(leaders.getString("topic")).isEqualTo(corpus.topic);
        assertThat(leaders.getList("leaders.id")).containsExactly(writer);
    }
}
