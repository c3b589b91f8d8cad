package io.groundswell.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void shouldMarkMatchesAndEscapeEverythingElse() {
        Snippets snippets = new Snippets(analyzer, Queries.text("budget", analyzer));

        String snippet = snippets.of("The <script>alert('x')</script> Budget & more.");

        assertTrue(snippet.contains("<mark>Budget</mark>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertTrue(snippet.contains("&amp;"), snippet);
        assertFalse(snippet.contains("<script>"), snippet);
    }

    @Test
    void shouldShowAPassageAroundAMatchFarIntoALongText() {
        Snippets snippets = new Snippets(analyzer, Queries.text("needle", analyzer));
        String text = "hay ".repeat(2000) + "needle " + "straw ".repeat(2000);

        String snippet = snippets.of(text);

        assertTrue(snippet.contains("<mark>needle</mark>"), snippet);
        assertTrue(snippet.length() < 400, snippet);
    }

    @Test
    void shouldFallBackToTheEscapedOpeningWhenNothingMatches() {
        Snippets snippets = new Snippets(analyzer, Queries.text("absent", analyzer));

        assertEquals("Fish &amp; chips", snippets.of("Fish & chips"));
        String opening = snippets.of("word ".repeat(100));
        assertTrue(opening.endsWith("…"), opening);
        assertTrue(opening.length() <= 201, opening);
    }
}
