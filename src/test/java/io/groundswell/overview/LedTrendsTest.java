package io.groundswell.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.groundswell.testing.TrendCorpus;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Leaders are ranked only for answers that show them, once per computed report. */
@QuarkusTest
class LedTrendsTest {

    private static final Pattern RANKINGS = Pattern.compile("(?m)^groundswell_leaders_rankings_total\\S* (\\S+)$");
    private static final Pattern LEADER_CACHE_HITS = Pattern.compile(
            "(?m)^cache_gets_total\\{(?=[^}]*cache=\"trend-leaders\")(?=[^}]*result=\"hit\")[^}]*} (\\S+)$");

    @Test
    void shouldRankLeadersForTrendsOnceAndNeverForAFilteredCloud() {
        User leader = Api.newUser("Strategy", "leader");
        TrendCorpus corpus = new TrendCorpus().background(120);
        for (int i = 0; i < 15; i++) {
            corpus.plant("Lanternfish", "lantern-" + (i % 5), i % 6);
        }
        corpus.sendAndAwait();

        double before = metric(RANKINGS);
        leader.given()
                .get("/api/wordcloud?window=7d&source={s}", corpus.source)
                .then()
                .statusCode(200);
        leader.given()
                .get("/api/wordcloud.png?window=7d&source={s}", corpus.source)
                .then()
                .statusCode(200);
        assertThat(metric(RANKINGS)).as("leader rankings for two clouds").isEqualTo(before);

        double hitsBefore = metric(LEADER_CACHE_HITS);
        for (int i = 0; i < 3; i++) {
            leader.given()
                    .get("/api/trends?window=7d&source={s}", corpus.source)
                    .then()
                    .statusCode(200);
        }
        assertThat(metric(RANKINGS))
                .as("leader rankings for one report asked three times")
                .isEqualTo(before + 1);
        assertThat(metric(LEADER_CACHE_HITS)).isEqualTo(hitsBefore + 2);
    }

    private static double metric(Pattern pattern) {
        String metrics =
                Api.asAdmin().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = pattern.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
