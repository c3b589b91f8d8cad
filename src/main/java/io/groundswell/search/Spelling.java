package io.groundswell.search;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": words of a query that are rare or absent in the index, replaced by a close and
 * more frequent word of the exact body field. The index is its own dictionary (Lucene's
 * DirectSpellChecker reads its terms), so there is no word list to build or keep in step.
 */
final class Spelling {

    private Spelling() {}

    /**
     * The text with its misspelt words replaced, or null when no word has a better spelling. Words
     * that no title or body holds as written are checked (a stemmed match may have found posts for
     * "kubernets" anyway); with {@code fewHits}, every word is, as a more frequent neighbour may be
     * what was meant. Only words that must or may match are checked ("-word" is not).
     */
    static String suggest(IndexReader reader, Query query, String text, boolean fewHits) throws IOException {
        Set<Term> terms = new LinkedHashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        // Checkers hold only settings, but are cheap to make: one per suggestion.
        DirectSpellChecker checker = new DirectSpellChecker();
        String suggested = text;
        for (Term term : terms) {
            if (!SearchFields.BODY.equals(term.field()) || (!fewHits && written(reader, term.text()))) {
                continue;
            }
            SuggestWord[] words = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_MORE_POPULAR);
            if (words.length > 0) {
                suggested = replaceWord(suggested, term.text(), words[0].string);
            }
        }
        return suggested.equals(text) ? null : suggested;
    }

    private static boolean written(IndexReader reader, String word) throws IOException {
        return reader.docFreq(new Term(SearchFields.BODY, word)) > 0
                || reader.docFreq(new Term(SearchFields.TITLE, word)) > 0;
    }

    /**
     * Replaces the word wherever it stands alone in the text, in any case. A word the analyzer
     * changed beyond case (accents folded) is not found and stays as written.
     */
    static String replaceWord(String text, String word, String replacement) {
        Pattern alone = Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return alone.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }
}
