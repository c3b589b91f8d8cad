package io.groundswell.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * The stemmed copy of a post's title and body, so that "meetings" finds "meeting". A stemmer is
 * right for one language and wrong for the others, so there is one field per language, analysed
 * by Lucene's analyzer for that language, and each post fills only the field of its own language
 * (guessed from its function words). A query is analysed for every language field, since nobody
 * says which language they search in; the exact fields stay beside these and score higher.
 */
final class StemmedFields {

    private static final String PREFIX = "stemmed_";

    /** Language names as {@code TermAnalysis.Language} spells them, lower case; the first is the default. */
    private static final Map<String, Analyzer> ANALYZERS = analyzers();

    private static final List<String> FIELDS =
            ANALYZERS.keySet().stream().map(language -> PREFIX + language).toList();

    private StemmedFields() {}

    private static Map<String, Analyzer> analyzers() {
        Map<String, Analyzer> analyzers = new LinkedHashMap<>();
        analyzers.put("english", new EnglishAnalyzer());
        analyzers.put("french", new FrenchAnalyzer());
        analyzers.put("german", new GermanAnalyzer());
        analyzers.put("spanish", new SpanishAnalyzer());
        analyzers.put("italian", new ItalianAnalyzer());
        analyzers.put("dutch", new DutchAnalyzer());
        analyzers.put("portuguese", new PortugueseAnalyzer());
        return analyzers;
    }

    /** The stemmed field of a language, by name ("FRENCH", "german"); English for any other. */
    static String field(String language) {
        String name = language == null ? "" : language.toLowerCase(Locale.ROOT);
        return PREFIX
                + (ANALYZERS.containsKey(name)
                        ? name
                        : ANALYZERS.keySet().iterator().next());
    }

    /** Every stemmed field, one per language. */
    static List<String> all() {
        return FIELDS;
    }

    /**
     * An analyzer that stems each language's field with that language's analyzer and analyses
     * every other field with {@code exact}: one analyzer for the writer, the query parser and
     * the highlighter, so a field is always read the way it was written.
     */
    static Analyzer perField(Analyzer exact) {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                if (fieldName.startsWith(PREFIX)) {
                    Analyzer stemming = ANALYZERS.get(fieldName.substring(PREFIX.length()));
                    if (stemming != null) {
                        return stemming;
                    }
                }
                return exact;
            }
        };
    }
}
