package io.groundswell.search;

import io.groundswell.system.ProblemException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/** Turns a {@link SearchRequest} into Lucene queries and sorts; bad query text becomes a 400. */
final class Queries {

    private static final String[] TEXT_FIELDS = {SearchFields.TITLE, SearchFields.BODY};

    /** A word in the title says more about what a post is about than the same word in its body. */
    private static final Map<String, Float> BOOSTS = Map.of(SearchFields.TITLE, 2f, SearchFields.BODY, 1f);

    private Queries() {}

    /** The user's text as a query over title and body; every word must match somewhere. No text matches every post. */
    static Query text(String text, Analyzer analyzer) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        // Parsers keep state between calls: one per query.
        MultiFieldQueryParser parser = new MultiFieldQueryParser(TEXT_FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // "*foo" would enumerate every term of the index.
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw ProblemException.badRequest("Could not parse the query: " + describe(e)
                    + " — put the text in quotes to search for it literally.");
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooBroad();
        } catch (TooComplexToDeterminizeException | IllegalArgumentException e) {
            // Regular expressions (/.../) that are invalid or too complex to run.
            throw ProblemException.badRequest("Could not run the regular expression in the query;"
                    + " put the text in quotes to search for it literally.");
        }
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

    /** The parser's first line without the echo of the query ("Cannot parse '...': "). */
    private static String describe(ParseException e) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage();
        int newline = message.indexOf('\n');
        String first = (newline < 0 ? message : message.substring(0, newline)).strip();
        if (first.startsWith("Cannot parse '")) {
            int colon = first.indexOf("': ");
            first = colon < 0 ? first : first.substring(colon + 3);
        }
        if (first.endsWith(".")) {
            first = first.substring(0, first.length() - 1);
        }
        return first;
    }
}
