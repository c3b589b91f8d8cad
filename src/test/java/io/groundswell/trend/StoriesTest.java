package io.groundswell.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.search.terms.TermOverlap;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Ranked terms grouped into stories, from made-up thread overlaps. */
class StoriesTest {

    private static TrendTerm term(String key, int posts) {
        return new TrendTerm(
                key,
                key,
                key.contains(" "),
                1,
                posts,
                0,
                0,
                true,
                2,
                new int[7],
                List.of(),
                List.of(),
                0,
                2,
                1.5,
                false,
                key);
    }

    /** Each term held by {@code threads[i]} threads, pairs sharing as given. */
    private static TermOverlap overlap(List<TrendTerm> terms, int[] threads, int[][] sharedPairs) {
        return overlap(terms, threads, sharedPairs, 200);
    }

    private static TermOverlap overlap(List<TrendTerm> terms, int[] threads, int[][] sharedPairs, int allThreads) {
        int[][] shared = new int[terms.size()][terms.size()];
        for (int[] pair : sharedPairs) {
            shared[pair[0]][pair[1]] = pair[2];
            shared[pair[1]][pair[0]] = pair[2];
        }
        return new TermOverlap(terms.stream().map(TrendTerm::key).toList(), threads, shared, allThreads);
    }

    @Test
    void shouldGroupTermsSharingMostThreadsAndLabelTheStoryWithItsPhrase() {
        List<TrendTerm> ranked = List.of(
                term("kubernetes", 12), term("budget", 9), term("kubernetes migration", 10), term("cluster", 8));
        TermOverlap overlap = overlap(ranked, new int[] {12, 9, 10, 8}, new int[][] {{0, 2, 10}, {0, 3, 6}});

        List<Story> stories = Stories.group(ranked, overlap);

        assertThat(stories).extracting(Story::key).containsExactly("kubernetes", "budget");
        assertThat(stories.get(0).label()).isEqualTo("kubernetes migration");
        assertThat(stories.get(0).terms())
                .extracting(Story.Member::key)
                .containsExactly("kubernetes", "kubernetes migration", "cluster");
        assertThat(Stories.label(ranked, stories))
                .extracting(TrendTerm::story)
                .containsExactly("kubernetes", "budget", "kubernetes", "kubernetes");
    }

    @Test
    void shouldMergeSpellingsOfOneWordThoughTheirPostsDiffer() {
        List<TrendTerm> ranked = List.of(term("urls", 6), term("survey", 5), term("url", 4));
        List<Story> stories = Stories.group(ranked, overlap(ranked, new int[] {6, 5, 4}, new int[][] {}));

        assertThat(stories).extracting(Story::key).containsExactly("urls", "survey");
        assertThat(stories.get(0).terms()).extracting(Story.Member::key).containsExactly("urls", "url");
    }

    @Test
    void shouldNotChainUnrelatedStoriesThroughACommonWord() {
        // "office" shares threads with both, but they share nothing: two stories, "office" with the first.
        List<TrendTerm> ranked = List.of(term("relocation", 10), term("office", 10), term("canteen", 10));
        TermOverlap overlap = overlap(ranked, new int[] {10, 10, 10}, new int[][] {{0, 1, 6}, {1, 2, 6}});

        assertThat(Stories.group(ranked, overlap)).extracting(Story::key).containsExactly("relocation", "canteen");
    }

    @Test
    void shouldKeepApartEverydayWordsThatShareThreadsOnlyAsOftenAsChanceWould() {
        // "update" and "vendor" each in half of 20 threads: sharing 5 is chance (Jaccard 1/3);
        // "contract" in 6 threads, all with "update": twice what chance gives.
        List<TrendTerm> ranked = List.of(term("update", 10), term("vendor", 10), term("contract", 6));
        TermOverlap overlap = overlap(ranked, new int[] {10, 10, 6}, new int[][] {{0, 1, 5}, {0, 2, 6}}, 20);

        List<Story> stories = Stories.group(ranked, overlap);

        assertThat(stories).extracting(Story::key).containsExactly("update", "vendor");
        assertThat(stories.get(0).terms()).extracting(Story.Member::key).containsExactly("update", "contract");
    }

    @Test
    void shouldJoinTermsBeyondTheComparedOnesBySpellingOnly() {
        List<TrendTerm> ranked = IntStream.range(0, 70)
                .mapToObj(i -> term(i == 0 ? "budget" : i == 69 ? "budgets" : "word-" + i, 5))
                .toList();
        int[] threads = new int[TermOverlap.MAX_TERMS];
        Arrays.fill(threads, 5);
        TermOverlap firstOnes = new TermOverlap(
                ranked.subList(0, TermOverlap.MAX_TERMS).stream()
                        .map(TrendTerm::key)
                        .toList(),
                threads,
                new int[TermOverlap.MAX_TERMS][TermOverlap.MAX_TERMS],
                200);

        List<Story> stories = Stories.group(ranked, firstOnes);

        assertThat(stories).hasSize(69);
        assertThat(stories.get(0).terms()).extracting(Story.Member::key).containsExactly("budget", "budgets");
    }
}
