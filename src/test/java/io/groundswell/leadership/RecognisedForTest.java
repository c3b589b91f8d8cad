package io.groundswell.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Topics you are recognised for" holds what sets a person apart from the organisation, never the
 * everyday words they share with everyone, however often they write them. The posts are dated in a
 * month long past that no other test writes in, so that the organisation of that month is this
 * test's people only.
 */
@QuarkusTest
class RecognisedForTest {

    /** Words every status post of this test holds, the person's and everyone else's. */
    private static final List<String> EVERYDAY = List.of("weekly", "update", "next", "steps", "week", "shared");

    private static final Instant MONTH = Instant.parse("2003-02-01T00:00:00Z");

    private static String status(String extra) {
        return "Weekly update: next steps this week, shared " + extra + "notes.";
    }

    /** A moment on the {@code n % 27}th day of the month. */
    private static Instant day(int n) {
        return MONTH.plus(Duration.ofDays(n % 27)).plus(Duration.ofHours(9 + n % 8));
    }

    @Test
    void shouldRecogniseAPersonForWhatSetsThemApartNotForEverydayWords() throws InterruptedException {
        LeadershipCorpus corpus = new LeadershipCorpus();
        User person = Api.newEmployee();
        String department = LeadershipCorpus.department("Field");
        List<Integer> theirs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            theirs.add(
                    corpus.written(person.username(), department, status(corpus.topic + " "), List.of(), null, day(i)));
        }
        corpus.written(Api.unique("peer"), department, status(corpus.topic + " "), List.of(), null, day(3));
        for (int i = 0; i < 40; i++) {
            corpus.written("colleague" + LeadershipCorpus.letters(), department, status(""), List.of(), null, day(i));
        }
        corpus.rateByNew(5, department, 5, theirs);
        corpus.awaitIndexed();

        List<String> topics = person.given()
                .get("/api/people/{id}/topics?from={f}&to={t}", person.username(), "2003-02-01", "2003-02-28")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("topics.topic", String.class);

        assertThat(topics).contains(corpus.topic).doesNotContainAnyElementsOf(EVERYDAY);
        assertThat(topics.stream().flatMap(topic -> List.of(topic.split(" ")).stream()))
                .doesNotContainAnyElementsOf(EVERYDAY);
    }
}
