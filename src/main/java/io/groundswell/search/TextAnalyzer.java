package io.groundswell.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis of the exact title and body fields: Unicode word boundaries, lower case, accents folded
 * ("Café" finds "cafe"). Language-neutral on purpose: posts come in several languages, so there is
 * no stemming and no stop-word list here; the stemmed copies are per language ({@link
 * StemmedFields}). Trend analytics get their own analysis.
 */
final class TextAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream tokens = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, tokens);
    }

    /** Applied by the query parser to wildcard, prefix and fuzzy terms, which are not tokenized. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
