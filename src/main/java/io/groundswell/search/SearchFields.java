package io.groundswell.search;

/**
 * Names of the fields of a post's document in the search index, for code that reads the index
 * through {@link SearchIndex#withSearcher}. How each field is indexed, and why, is explained in
 * {@link PostDocuments}.
 */
public final class SearchFields {

    /** The post id as a keyword; stored. */
    public static final String ID = "id";

    /** Analysed text of the title. */
    public static final String TITLE = "title";

    /** Analysed plain text of the body. */
    public static final String BODY = "body";

    /**
     * The name of the post's stemmed field, the one of its language (see {@link StemmedFields}),
     * stored: snippets highlight in it when the exact words do not match.
     */
    public static final String STEMMED_FIELD = "stemmed_field";

    /** Creation time in epoch milliseconds: a point for ranges, doc values for sorting. */
    public static final String CREATED = "created";

    /** Keyword and facet dimension. */
    public static final String SOURCE = "source";

    /** The author's department: keyword and facet dimension; missing when the author has none. */
    public static final String DEPARTMENT = "department";

    /** Keyword and multi-valued facet dimension, lower-case. */
    public static final String TAG = "tag";

    /** The author's person key as a keyword. */
    public static final String AUTHOR = "author";

    /** Confidence-adjusted rating score as double doc values. */
    public static final String RATING_SCORE = "rating_score";

    /** Number of ratings that count, as numeric doc values. */
    public static final String RATING_COUNT = "rating_count";

    /**
     * The distinct words and two-word phrases of the post as trend analytics read them
     * ({@link TermAnalysis}), as sorted-set doc values.
     */
    public static final String TERMS = "terms";

    /** The author's person key as sorted doc values, to count distinct authors per term. */
    public static final String AUTHOR_DV = "author_dv";

    /** The author's department as sorted doc values, for breakdowns by department. */
    public static final String DEPARTMENT_DV = "department_dv";

    /** The post id as numeric doc values, read per hit by analytics without stored fields. */
    public static final String POST_ID = "post_id";

    /** The thread's key, source and thread joined by NUL, as sorted doc values. */
    public static final String THREAD_DV = "thread_dv";

    /**
     * A 64-bit hash of thread and author as numeric doc values: the unit in which analytics count
     * a term once (see {@link ThreadVoices}).
     */
    public static final String THREAD_AUTHOR = "thread_author";

    /**
     * The part the post plays in its thread ({@code PostKind}'s wire name) as sorted doc values;
     * missing when the post states none.
     */
    public static final String KIND_DV = "kind_dv";

    private SearchFields() {}
}
