package io.groundswell.search;

import static io.groundswell.search.SearchFixture.awaitTotal;
import static io.groundswell.search.SearchFixture.ids;
import static io.groundswell.search.SearchFixture.post;
import static io.groundswell.search.SearchFixture.search;
import static io.groundswell.search.SearchFixture.uniqueSource;
import static io.groundswell.search.SearchFixture.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Search forgives how people write: other forms of a word, and misspelt words. */
@QuarkusTest
class SearchLanguageTest {

    @Test
    void shouldFindOtherFormsOfAWordAndRankTheExactFormFirst() {
        String source = uniqueSource("forum");
        long onlyMeeting = post(source)
                .text("The budget meeting moved to Friday afternoon.")
                .create();
        long meetings = post(source)
                .text("The budget meetings moved to Friday afternoon.")
                .create();
        awaitTotal(Map.of("source", source), 2);

        JsonPath plural = search(Map.of("q", "meetings", "source", source));
        JsonPath singular = search(Map.of("q", "meeting", "source", source));

        assertEquals(List.of(meetings, onlyMeeting), ids(plural));
        assertEquals(List.of(onlyMeeting, meetings), ids(singular));
        // The stemmed match is highlighted too, in the post's language.
        assertThat(plural.getString("hits[1].snippet")).contains("<mark>meeting</mark>");
        // A phrase matches stemmed too; a wildcard names a written form, so it stays exact.
        assertEquals(
                2, search(Map.of("q", "\"budget meeting\"", "source", source)).getInt("total"));
        assertEquals(List.of(meetings), ids(search(Map.of("q", "meetings*", "source", source))));
    }

    @Test
    void shouldStemEachPostInItsOwnLanguage() {
        String source = uniqueSource("forum");
        long french = post(source)
                .title("Équipe")
                .text("La réunion de l'équipe est prévue pour vendredi avec les responsables du projet.")
                .create();
        long english = post(source)
                .title("Team")
                .text("The team is running several projects with the managers this quarter.")
                .create();
        awaitTotal(Map.of("source", source), 2);

        assertEquals(List.of(french), ids(search(Map.of("q", "réunions", "source", source))));
        assertEquals(List.of(english), ids(search(Map.of("q", "project", "source", source))));
        assertEquals(List.of(french), ids(search(Map.of("q", "projets", "source", source))));
    }

    @Test
    void shouldSuggestABetterSpellingThatFindsPosts() {
        String source = uniqueSource("wiki");
        String word = uniqueWord();
        String other = uniqueWord();
        // A letter too many in the middle, where no stemmer looks.
        String misspelt = word.substring(0, 6) + "q" + word.substring(6);
        post(source)
                .title("Kubernetes upgrade")
                .text("We run " + word + " and " + other + " on kubernetes now.")
                .create();
        awaitTotal(Map.of("q", word), 1);

        JsonPath kubernets = search(Map.of("q", "kubernets", "source", source));
        JsonPath unique = search(Map.of("q", other + " " + misspelt));

        // The English stemmer already reads "kubernets" as "kubernetes"; the spelling is still offered.
        assertEquals(1, kubernets.getInt("total"));
        assertEquals("kubernetes", kubernets.getString("suggestion"));
        assertEquals(0, unique.getInt("total"));
        assertEquals(other + " " + word, unique.getString("suggestion"));
        assertEquals(1, search(Map.of("q", unique.getString("suggestion"))).getInt("total"));
        // Found as typed: nothing to suggest.
        assertThat(search(Map.of("q", "kubernetes", "source", source)).getString("suggestion"))
                .isNull();
        // A better spelling that the filters would not find either is no help.
        assertThat(search(Map.of("q", "kubernets", "source", uniqueSource("none")))
                        .getString("suggestion"))
                .isNull();
    }

    @Test
    void shouldFilterStemmedAndFallbackSearchesByDateAndSource() {
        String source = uniqueSource("forum");
        String other = uniqueSource("chat");
        Instant now = Instant.now();
        long old = post(source)
                .text("Planning meeting notes.")
                .createdAt(now.minus(40, ChronoUnit.DAYS))
                .create();
        long recent = post(source).text("Planning meeting notes.").create();
        post(other).text("Planning meeting notes.").create();
        awaitTotal(Map.of("source", other), 1);
        awaitTotal(Map.of("source", source), 2);
        String tenDaysAgo = now.minus(10, ChronoUnit.DAYS).toString();

        assertEquals(List.of(recent), ids(search(Map.of("q", "meetings", "source", source, "from", tenDaysAgo))));
        assertEquals(List.of(old), ids(search(Map.of("q", "meetings (", "source", source, "to", tenDaysAgo))));
    }
}
