package io.groundswell.search.terms;

import io.groundswell.search.SearchFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Second pass over a slice for a few hundred candidate terms: who wrote about them, on which
 * days, and which posts about them are rated best. Membership of a post's terms in the candidate
 * set is an array read per term ordinal, so the pass costs about as much as the counting pass.
 * A segment lists its posts that hold a candidate; the totals are added up post by post in index
 * order, since the cap per author and the ties among the best posts depend on that order. As in
 * the counts, a term counts once per voice (one author in one thread): at the voice's first post.
 */
final class TermDetailScan implements SegmentScan.Strategy<List<TermDetailScan.Match>, Map<String, TermDetail>> {

    private static final long DAY_MILLIS = 86_400_000L;

    /** A post holding candidates: its author ("" when none), department, voice and the candidates' indexes. */
    record Match(
            String author, String department, long created, double score, long postId, long voice, int[] candidates) {}

    private final List<String> candidates;
    private final CandidateOrdinals.Sorted sorted;
    private final long windowStart;
    private final int days;
    private final int maxPostsPerAuthor;
    private final int bestPosts;
    private final boolean breakdowns;

    TermDetailScan(
            Collection<String> candidates,
            long windowStart,
            int days,
            int maxPostsPerAuthor,
            int bestPosts,
            boolean breakdowns) {
        this.candidates = List.copyOf(candidates);
        this.sorted = CandidateOrdinals.Sorted.of(this.candidates);
        this.windowStart = windowStart;
        this.days = days;
        this.maxPostsPerAuthor = maxPostsPerAuthor;
        this.bestPosts = bestPosts;
        this.breakdowns = breakdowns;
    }

    @Override
    public SegmentScan.Segment<List<Match>> open(LeafReaderContext segment) throws IOException {
        LeafReader reader = segment.reader();
        SortedSetDocValues terms = DocValues.getSortedSet(reader, SearchFields.TERMS);
        CandidateOrdinals wanted = CandidateOrdinals.find(terms, sorted);
        if (wanted == null) {
            return null;
        }
        SortedDocValues authors = DocValues.getSorted(reader, SearchFields.AUTHOR_DV);
        SortedDocValues departments = DocValues.getSorted(reader, SearchFields.DEPARTMENT_DV);
        // Authors and departments decoded once per segment and ordinal.
        String[] authorNames = new String[Math.toIntExact(authors.getValueCount())];
        String[] departmentNames = new String[Math.toIntExact(departments.getValueCount())];
        NumericDocValues created = DocValues.getNumeric(reader, SearchFields.CREATED);
        NumericDocValues scores = DocValues.getNumeric(reader, SearchFields.RATING_SCORE);
        NumericDocValues postIds = DocValues.getNumeric(reader, SearchFields.POST_ID);
        NumericDocValues voices = DocValues.getNumeric(reader, SearchFields.THREAD_AUTHOR);
        List<Match> matches = new ArrayList<>();
        return new SegmentScan.Segment<>() {
            @Override
            public void collect(int doc) throws IOException {
                if (!terms.advanceExact(doc)) {
                    return;
                }
                int n = terms.docValueCount();
                int[] found = new int[n];
                int count = 0;
                for (int i = 0; i < n; i++) {
                    int index = wanted.indexOf(terms.nextOrd());
                    if (index >= 0) {
                        found[count++] = index;
                    }
                }
                if (count == 0) {
                    return;
                }
                matches.add(new Match(
                        authors.advanceExact(doc) ? name(authors, authorNames) : "",
                        departments.advanceExact(doc) ? name(departments, departmentNames) : null,
                        created.advanceExact(doc) ? created.longValue() : 0,
                        scores.advanceExact(doc)
                                ? Double.longBitsToDouble(scores.longValue())
                                : PostWeights.NEUTRAL_SCORE,
                        postIds.advanceExact(doc) ? postIds.longValue() : -1,
                        voices.advanceExact(doc) ? voices.longValue() : ~(long) (segment.docBase + doc),
                        Arrays.copyOf(found, count)));
            }

            @Override
            public List<Match> result() {
                return matches;
            }
        };
    }

    @Override
    public Map<String, TermDetail> combine(List<List<Match>> segments) {
        Totals totals = new Totals();
        for (List<Match> matches : segments) {
            for (Match match : matches) {
                totals.add(match);
            }
        }
        Map<String, TermDetail> details = new HashMap<>();
        for (int index = 0; index < candidates.size(); index++) {
            Accumulator acc = totals.byCandidate[index];
            if (acc != null) {
                String term = candidates.get(index);
                details.put(term, acc.toDetail(term, totals.authorNames));
            }
        }
        return details;
    }

    /** The value of the current document, decoded once per segment and ordinal. */
    private static String name(SortedDocValues values, String[] names) throws IOException {
        int ord = values.ordValue();
        if (names[ord] == null) {
            names[ord] = values.lookupOrd(ord).utf8ToString();
        }
        return names[ord];
    }

    /** The running totals of every candidate (by its index), fed post by post. */
    private final class Totals {
        final Accumulator[] byCandidate = new Accumulator[candidates.size()];

        /** Authors of the slice numbered as they are met, so per-term counts are arrays. */
        final Map<String, Integer> authorIds = new HashMap<>();

        final List<String> authorNames = new ArrayList<>();

        /**
         * Voices numbered as they are met, so that a term tells a voice it has counted by a bit:
         * a set of boxed voices per term cost a quarter of a trend computation.
         */
        final Map<Long, Integer> voiceIds = new HashMap<>();

        void add(Match match) {
            int author = authorIds.computeIfAbsent(match.author(), n -> {
                authorNames.add(n);
                return authorNames.size() - 1;
            });
            int voice = voiceIds.computeIfAbsent(match.voice(), v -> voiceIds.size());
            for (int index : match.candidates()) {
                if (byCandidate[index] == null) {
                    byCandidate[index] = new Accumulator();
                }
                byCandidate[index].add(author, voice, match, authorNames);
            }
        }
    }

    /** Running totals of one term. */
    private final class Accumulator {
        int docs;
        double weight;
        int authors;
        int[] postsByAuthor = new int[16];
        final BitSet voices = new BitSet();
        final Map<String, Set<String>> peopleByDepartment = new HashMap<>();
        final int[] daily = new int[days];
        final PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble((double[] e) -> e[0]));

        void add(int author, int voice, Match match, List<String> authorNames) {
            if (voices.get(voice)) {
                return;
            }
            voices.set(voice);
            docs++;
            if (author >= postsByAuthor.length) {
                postsByAuthor = Arrays.copyOf(postsByAuthor, Math.max(author + 1, postsByAuthor.length * 2));
            }
            int authorPosts = ++postsByAuthor[author];
            if (authorPosts == 1) {
                authors++;
            }
            if (authorPosts <= maxPostsPerAuthor) {
                weight += PostWeights.ofScore(match.score());
            }
            if (breakdowns && match.department() != null) {
                peopleByDepartment
                        .computeIfAbsent(match.department(), d -> new HashSet<>())
                        .add(authorNames.get(author));
            }
            int day = (int) ((match.created() - windowStart) / DAY_MILLIS);
            if (day >= 0 && day < days) {
                daily[day]++;
            }
            if (best.size() < bestPosts) {
                best.add(new double[] {match.score(), match.postId()});
            } else if (bestPosts > 0 && match.score() > best.peek()[0]) {
                best.poll();
                best.add(new double[] {match.score(), match.postId()});
            }
        }

        private Map<String, Integer> postCounts(List<String> authorNames) {
            Map<String, Integer> counts = new HashMap<>();
            for (int author = 0; author < postsByAuthor.length; author++) {
                if (postsByAuthor[author] > 0) {
                    counts.put(authorNames.get(author), postsByAuthor[author]);
                }
            }
            return Map.copyOf(counts);
        }

        TermDetail toDetail(String term, List<String> authorNames) {
            List<double[]> ranked = new ArrayList<>(best);
            ranked.sort(Comparator.comparingDouble((double[] e) -> e[0]).reversed());
            Map<String, Integer> departments = new HashMap<>();
            peopleByDepartment.forEach((dept, people) -> departments.put(dept, people.size()));
            return new TermDetail(
                    term,
                    docs,
                    weight,
                    authors,
                    daily,
                    ranked.stream().map(e -> (long) e[1]).toList(),
                    breakdowns ? postCounts(authorNames) : Map.of(),
                    breakdowns ? Map.copyOf(departments) : Map.of());
        }
    }
}
