package io.groundswell.search;

import io.groundswell.system.ProblemException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Turns a {@link SearchRequest} into Lucene queries and sorts. Query text whose syntax cannot be
 * used is searched as plain words instead, and says so.
 */
final class Queries {

    private static final String[] EXACT_FIELDS = {SearchFields.TITLE, SearchFields.BODY};

    private static final String[] ALL_TEXT_FIELDS =
            Stream.concat(Stream.of(EXACT_FIELDS), StemmedFields.all().stream()).toArray(String[]::new);

    /**
     * A word in the title says more about what a post is about than the same word in its body. A
     * stemmed match counts less than the exact word: a post with "meeting" matches "meeting" in
     * both kinds of field and ranks above one that only has "meetings".
     */
    private static final Map<String, Float> BOOSTS = boosts();

    /** Characters of Lucene's query syntax; plain words are what is left without them. */
    private static final Pattern SYNTAX = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]++");

    /** Operators of the syntax, which are not words of the text either. */
    private static final Pattern OPERATOR = Pattern.compile("(?<!\\S)(?:AND|OR|NOT)(?!\\S)");

    /**
     * The text as a query, and the plain words searched instead when its syntax could not be used
     * (null when it could).
     */
    record TextQuery(Query query, String fallbackWords) {

        /** What the page says when the words were searched instead of the syntax; else null. */
        String notice() {
            if (fallbackWords == null) {
                return null;
            }
            return fallbackWords.isEmpty()
                    ? "The query syntax was incomplete and left no words to search for."
                    : "Searched for the words \u201c" + fallbackWords
                            + "\u201d because the query syntax was incomplete or not valid.";
        }
    }

    private Queries() {}

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new HashMap<>();
        boosts.put(SearchFields.TITLE, 2f);
        boosts.put(SearchFields.BODY, 1f);
        StemmedFields.all().forEach(field -> boosts.put(field, 0.5f));
        return Map.copyOf(boosts);
    }

    /**
     * The user's text as a query over the exact and stemmed title and body; every word must match
     * somewhere. No text matches every post. Text that does not parse (an open parenthesis, a
     * leading wildcard, a broken regular expression) is searched as its plain words.
     */
    static TextQuery text(String text, Analyzer analyzer) {
        if (text.isEmpty()) {
            return new TextQuery(new MatchAllDocsQuery(), null);
        }
        try {
            return new TextQuery(parse(text, analyzer), null);
        } catch (ParseException | TooComplexToDeterminizeException | IllegalArgumentException e) {
            String words = plainWords(text);
            return new TextQuery(words.isEmpty() ? new MatchNoDocsQuery() : parsePlain(words, analyzer), words);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooBroad();
        }
    }

    /**
     * Parses over all text fields; a long text, whose stemmed variants would pass the searcher's
     * clause limit, over the exact fields only.
     */
    private static Query parse(String text, Analyzer analyzer) throws ParseException {
        Query query = new PostQueryParser(ALL_TEXT_FIELDS, EXACT_FIELDS, BOOSTS, analyzer).parse(text);
        if (leaves(query) <= IndexSearcher.getMaxClauseCount()) {
            return query;
        }
        return new PostQueryParser(EXACT_FIELDS, EXACT_FIELDS, BOOSTS, analyzer).parse(text);
    }

    private static Query parsePlain(String words, Analyzer analyzer) {
        try {
            return parse(words, analyzer);
        } catch (ParseException e) {
            // Plain words hold no syntax; should the parser still refuse them, nothing matches.
            return new MatchNoDocsQuery();
        }
    }

    /** The words of the text without the query syntax and operators, one space apart. */
    static String plainWords(String text) {
        String words = SYNTAX.matcher(text).replaceAll(" ");
        return OPERATOR.matcher(words).replaceAll(" ").strip().replaceAll("\\s++", " ");
    }

    /** Leaf queries and terms, as the searcher counts them against its clause limit. */
    private static int leaves(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query leaf) {
                count[0]++;
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                count[0]++;
            }
        });
        return count[0];
    }

    /** The text query restricted by the request's filters, which do not affect scores. */
    static Query filtered(Query text, SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        keyword(query, SearchFields.SOURCE, request.source());
        keyword(query, SearchFields.DEPARTMENT, request.department());
        keyword(query, SearchFields.AUTHOR, request.author());
        request.tags().forEach(tag -> keyword(query, SearchFields.TAG, tag));
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli();
            query.add(LongPoint.newRangeQuery(SearchFields.CREATED, from, to), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /** Null for relevance, which is the searcher's default order. */
    static Sort sort(SearchRequest.Order order) {
        SortField newest = new SortField(SearchFields.CREATED, SortField.Type.LONG, true);
        return switch (order) {
            case RELEVANCE -> null;
            case TOP -> new Sort(new SortField(SearchFields.RATING_SCORE, SortField.Type.DOUBLE, true), newest);
            case NEW -> new Sort(newest);
        };
    }

    static ProblemException tooBroad() {
        return ProblemException.badRequest(
                "The query expands to too many terms; use longer prefixes before * or fewer words.");
    }

    private static void keyword(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }
}
