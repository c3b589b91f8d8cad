package io.groundswell.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets of a post's plain text. Bodies are not stored in the index, so the text is
 * re-analysed from the database copy. The result is HTML: user content is escaped, and only the
 * {@code <mark>} tags around matches are markup.
 */
final class Snippets {

    private static final int PASSAGES = 2;
    private static final int PASSAGE_CHARS = 160;
    private static final int FALLBACK_CHARS = 200;

    /** Matches beyond this many characters of a long body are not looked for. */
    private static final int MAX_ANALYZED_CHARS = 100_000;

    private final UnifiedHighlighter highlighter;
    private final Query query;

    Snippets(Analyzer analyzer, Query query) {
        this.query = query;
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                // Passages of about PASSAGE_CHARS around the matches, cut at word boundaries:
                // sentences of extracted HTML can run for pages.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_ANALYZED_CHARS)
                .build();
    }

    /**
     * The best passages with matches marked: of the exact words, else of the stemmed ones (read
     * in {@code stemmedField}, the post's language, when known), else the escaped start of the text.
     */
    String of(String plainText, String stemmedField) {
        try {
            Object html = highlighter.highlightWithoutSearcher(SearchFields.BODY, query, plainText, PASSAGES);
            if (html == null && stemmedField != null) {
                html = highlighter.highlightWithoutSearcher(stemmedField, query, plainText, PASSAGES);
            }
            return html == null ? opening(plainText) : html.toString().strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String opening(String text) {
        String flat = flatStart(text, FALLBACK_CHARS + 1);
        if (flat.length() <= FALLBACK_CHARS) {
            return escape(flat);
        }
        int cut = flat.lastIndexOf(' ', FALLBACK_CHARS);
        return escape(flat.substring(0, cut > FALLBACK_CHARS / 2 ? cut : FALLBACK_CHARS)) + "…";
    }

    /**
     * The start of the text, up to {@code limit} characters, with each run of white space as one
     * space and none at either end. Reads no further than the opening needs, however long the body.
     */
    private static String flatStart(String text, int limit) {
        StringBuilder flat = new StringBuilder(limit);
        boolean space = false;
        for (int i = 0; i < text.length() && flat.length() < limit; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = flat.length() > 0;
            } else {
                if (space) {
                    flat.append(' ');
                    space = false;
                }
                flat.append(c);
            }
        }
        return flat.toString();
    }

    static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#x27;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
