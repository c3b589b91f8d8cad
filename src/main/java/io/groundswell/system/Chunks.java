package io.groundswell.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a query over many keys a bounded IN list at a time: H2 and PostgreSQL accept long lists,
 * but plans and parameter counts grow with them, and a few thousand ids at once are plenty.
 */
public final class Chunks {

    /** Keys per IN list: well within what H2 and PostgreSQL accept, few round trips. */
    public static final int IN_LIST = 1000;

    private Chunks() {}

    /** The keys (duplicates dropped) in consecutive lists of at most {@link #IN_LIST}. */
    public static <T> List<List<T>> of(Collection<T> keys) {
        List<T> distinct = keys.stream().distinct().toList();
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IN_LIST) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + IN_LIST)));
        }
        return chunks;
    }

    /** Every row the query answers for every chunk of the keys, in order. */
    public static <T, R> List<R> query(Collection<T> keys, Function<List<T>, List<R>> query) {
        List<R> rows = new ArrayList<>();
        for (List<T> chunk : of(keys)) {
            rows.addAll(query.apply(chunk));
        }
        return rows;
    }
}
