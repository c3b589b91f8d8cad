package io.groundswell.search.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Tells when two trending terms are spellings of one thing ("URL" and "URLs", "edit" and
 * "editing", "two-factor" and "two factor"): they share a variant key. The key stems each word
 * with Krovetz's stemmer, which changes a word only into another word of its dictionary and so
 * leaves apart what only looks alike ("university", "universe").
 */
public final class TermVariants {

    private static final Analyzer STEMMER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new WhitespaceTokenizer();
            return new TokenStreamComponents(words, new KStemFilter(words));
        }
    };

    private TermVariants() {}

    /** The key shared by the variants of an analysed term (lower case, words separated by spaces). */
    public static String key(String term) {
        String words = term.replace('-', ' ').replace('_', ' ');
        StringBuilder key = new StringBuilder(words.length());
        try (TokenStream stream = STEMMER.tokenStream("", words)) {
            CharTermAttribute word = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(word);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return key.toString();
    }
}
