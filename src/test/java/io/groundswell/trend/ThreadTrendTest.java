package io.groundswell.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.groundswell.testing.TrendCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trends of threads: a reply's inherited title is not counted again, and a term counts once per
 * author in a thread, however often that author replies.
 */
@QuarkusTest
class ThreadTrendTest {

    /** Created on first use: the application is up by then. */
    private static final class Leader {
        static final User USER = Api.newUser("Strategy", "leader");
    }

    private static JsonPath trends(TrendCorpus corpus) {
        return Leader.USER
                .given()
                .get("/api/trends?window=7d&source={s}&limit=100", corpus.source)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldNotLetRepliesQuotingTheirThreadsTitleMakeTheTitleTrend() {
        TrendCorpus corpus = new TrendCorpus().background(400);
        corpus.plant("", "asker", 5, question -> {
            question.put("externalId", "thread-q");
            question.put("title", "Quillbrook sprinkler");
            question.put("kind", "question");
        });
        for (int i = 0; i < 20; i++) {
            corpus.plant("", "replier-" + i, i % 5, reply -> {
                reply.put("title", "Re: Quillbrook sprinkler");
                reply.put("thread", "thread-q");
                reply.put("kind", "answer");
            });
        }
        for (int i = 0; i < 20; i++) {
            corpus.plant("Marrowgate", "planter-" + (i % 8), i % 7);
        }
        corpus.send();
        corpus.awaitIndexed();

        List<String> keys = trends(corpus).getList("terms.key", String.class);
        assertThat(keys).contains("marrowgate").doesNotContain("quillbrook", "sprinkler", "quillbrook sprinkler");
    }

    @Test
    void shouldCountATermOnceForAnAuthorWhoRepliesOftenInOneThread() {
        TrendCorpus corpus = new TrendCorpus().background(400);
        corpus.plant("", "asker", 6, question -> {
            question.put("externalId", "busy-thread");
            question.put("title", "Weekly chat");
            question.put("kind", "question");
        });
        for (int i = 0; i < 12; i++) {
            corpus.plant("Brindlewick", "chatty", i % 6, reply -> {
                reply.put("title", "Re: Weekly chat");
                reply.put("thread", "busy-thread");
                reply.put("kind", "comment");
            });
        }
        for (int i = 0; i < 6; i++) {
            corpus.plant("Brindlewick", "independent-" + i, i % 6);
        }
        corpus.send();
        corpus.awaitIndexed();

        JsonPath trends = trends(corpus);
        int at = trends.getList("terms.key", String.class).indexOf("brindlewick");
        assertThat(at).isNotNegative();
        assertThat(trends.getInt("terms[" + at + "].posts")).isEqualTo(7);
        assertThat(trends.getInt("terms[" + at + "].authors")).isEqualTo(7);
    }
}
