package io.groundswell.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private final Analyzer analyzer = StemmedFields.perField(new TextAnalyzer());

    @Test
    void shouldMarkMatchesAndEscapeEverythingElse() {
        Snippets snippets =
                new Snippets(analyzer, Queries.text("budget", analyzer).query());

        String snippet = snippets.of("The <script>alert('x')</script> Budget & more.", null);

        assertTrue(snippet.contains("<mark>Budget</mark>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertTrue(snippet.contains("&amp;"), snippet);
        assertFalse(snippet.contains("<script>"), snippet);
    }

    @Test
    void shouldShowAPassageAroundAMatchFarIntoALongText() {
        Snippets snippets =
                new Snippets(analyzer, Queries.text("needle", analyzer).query());
        String text = "hay ".repeat(2000) + "needle " + "straw ".repeat(2000);

        String snippet = snippets.of(text, null);

        assertTrue(snippet.contains("<mark>needle</mark>"), snippet);
        assertTrue(snippet.length() < 400, snippet);
    }

    @Test
    void shouldFallBackToTheEscapedOpeningWhenNothingMatches() {
        Snippets snippets =
                new Snippets(analyzer, Queries.text("absent", analyzer).query());

        assertEquals("Fish &amp; chips", snippets.of("Fish & chips", null));
        String opening = snippets.of("word ".repeat(100), null);
        assertTrue(opening.endsWith("…"), opening);
        assertTrue(opening.length() <= 201, opening);
    }

    @Test
    void shouldMarkStemmedMatchesInThePostsLanguageWhenNoExactWordMatches() {
        Snippets snippets =
                new Snippets(analyzer, Queries.text("meetings", analyzer).query());
        String english = StemmedFields.field("ENGLISH");

        assertEquals("The weekly <mark>meeting</mark> moved.", snippets.of("The weekly meeting moved.", english));
        assertEquals("The weekly meeting moved.", snippets.of("The weekly meeting moved.", null));
    }
}
