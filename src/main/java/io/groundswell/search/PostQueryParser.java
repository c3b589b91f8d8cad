package io.groundswell.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Lucene's query syntax over the exact and the stemmed text fields. Words and phrases are looked
 * for in all of them; wildcards, prefixes, fuzzy terms, ranges and regular expressions only in the
 * exact fields, because they name a surface form ("meet*"), not a stem, and each field they run in
 * enumerates its terms once more. One parser per query: parsers keep state between calls.
 */
final class PostQueryParser extends MultiFieldQueryParser {

    /** Multi-term queries: the fields that hold the words as written. */
    private final String[] exactFields;

    PostQueryParser(String[] fields, String[] exactFields, Map<String, Float> boosts, Analyzer analyzer) {
        super(fields, analyzer, boosts);
        this.exactFields = exactFields;
        setDefaultOperator(QueryParser.Operator.AND);
        // "*foo" would enumerate every term of the index.
        setAllowLeadingWildcard(false);
    }

    @FunctionalInterface
    private interface Building {
        Query build() throws ParseException;
    }

    /** Builds a query of no explicit field over the exact fields only. */
    private Query overExactFields(String field, Building building) throws ParseException {
        if (field != null) {
            return building.build();
        }
        String[] all = fields;
        fields = exactFields;
        try {
            return building.build();
        } finally {
            fields = all;
        }
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return overExactFields(field, () -> super.getFuzzyQuery(field, termStr, minSimilarity));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return overExactFields(field, () -> super.getPrefixQuery(field, termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return overExactFields(field, () -> super.getWildcardQuery(field, termStr));
    }

    @Override
    protected Query getRangeQuery(
            String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        return overExactFields(field, () -> super.getRangeQuery(field, part1, part2, startInclusive, endInclusive));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return overExactFields(field, () -> super.getRegexpQuery(field, termStr));
    }
}
