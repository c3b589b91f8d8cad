package io.groundswell.search.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.groundswell.person.Person;
import io.groundswell.post.BodyFormat;
import io.groundswell.post.Post;
import io.groundswell.post.PostKind;
import io.groundswell.search.SearchFields;
import io.groundswell.search.TestIndex;
import io.groundswell.search.terms.TermStatistics.SliceCounts;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The leaf-scan skeleton on an index of many segments, some with deleted posts: a searcher that
 * reads every segment on its own thread finds exactly what a sequential one finds. Half the posts
 * reply in threads whose posts lie in many segments, so counting by voice (one author in one
 * thread) has to merge across segments.
 */
class SegmentScanTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final TermSlice MARCH = TermSlice.window(START, START.plusSeconds(31 * 86_400L));
    private static final List<String> WORDS = List.of(
            "kubernetes",
            "observability",
            "budget",
            "carbon",
            "footprint",
            "migration",
            "roadmap",
            "latency",
            "hiring",
            "onboarding",
            "quarterly",
            "review",
            "pipeline",
            "incident",
            "retro",
            "cloud");
    private static final List<String> DEPARTMENTS = List.of("Finance", "Engineering", "Sales");
    private static final int POSTS = 400;
    private static final int THREADS = 20;

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final ExecutorService executor = Executors.newFixedThreadPool(3);
    private final List<Post> live = new ArrayList<>();
    private DirectoryReader reader;
    private IndexSearcher sequential;
    private IndexSearcher parallel;

    @BeforeEach
    void index() throws IOException {
        Random random = new Random(14);
        IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            // Segments of 10, 20, 30... posts: a parallel searcher orders its slices by size, so
            // its collectors see the segments in another order than the index.
            int segmentSize = 10;
            int nextCommit = segmentSize;
            for (int id = 1; id <= POSTS; id++) {
                Post post = post(id, random);
                writer.addDocument(TestIndex.document(post));
                if (id % 7 == 0) {
                    writer.deleteDocuments(new Term(SearchFields.ID, Long.toString(id)));
                } else {
                    live.add(post);
                }
                if (id == nextCommit) {
                    writer.commit();
                    segmentSize += 10;
                    nextCommit += segmentSize;
                }
            }
        }
        reader = DirectoryReader.open(directory);
        sequential = new IndexSearcher(reader);
        parallel = new IndexSearcher(reader, executor) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return slices(leaves, 1, 1);
            }
        };
    }

    @AfterEach
    void close() throws IOException {
        executor.shutdownNow();
        reader.close();
        directory.close();
    }

    /** Words picked at random, repeated words and days outside March included. */
    private static Post post(long id, Random random) {
        Person author = new Person();
        author.key = "author-" + random.nextInt(12);
        author.displayName = author.key;
        author.department = random.nextInt(4) == 0 ? null : DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
        Post post = new Post();
        post.id = id;
        post.source = "forum";
        post.externalId = "p" + id;
        post.title = words(random, 3);
        post.body = words(random, 8);
        post.bodyFormat = BodyFormat.TEXT;
        post.author = author;
        post.createdAt = START.plusSeconds(random.nextInt(-5, 36) * 86_400L + random.nextInt(86_400));
        post.updatedAt = post.createdAt;
        post.ratingCount = random.nextInt(6);
        post.ratingSum = post.ratingCount == 0 ? 0 : post.ratingCount + random.nextInt(post.ratingCount * 4 + 1);
        if (random.nextBoolean()) {
            post.thread = "p" + (1 + random.nextInt(THREADS));
            post.kind = PostKind.ANSWER;
        }
        return post;
    }

    private static String words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return String.join(" ", words) + ".";
    }

    /** The scan's result from the sequential searcher, then from the parallel one. */
    private <R> List<R> both(SegmentScan.Strategy<?, R> strategy) throws IOException {
        return List.of(
                sequential.search(TermStatistics.queryOf(MARCH), SegmentScan.of(strategy)),
                parallel.search(TermStatistics.queryOf(MARCH), SegmentScan.of(strategy)));
    }

    /** A count by voice, its shared voices found by the same searcher as the count. */
    private List<SliceCounts> bothByVoice(Function<SharedVoices, SegmentScan.Strategy<?, SliceCounts>> counting)
            throws IOException {
        List<SliceCounts> counts = new ArrayList<>();
        for (IndexSearcher searcher : List.of(sequential, parallel)) {
            SharedVoices shared = searcher.search(TermStatistics.queryOf(MARCH), SegmentScan.of(new SharedVoiceScan()));
            counts.add(searcher.search(TermStatistics.queryOf(MARCH), SegmentScan.of(counting.apply(shared))));
        }
        return counts;
    }

    private List<Post> liveInMarch(String word) {
        return live.stream()
                .filter(p -> !p.createdAt.isBefore(MARCH.from()) && p.createdAt.isBefore(MARCH.to()))
                .filter(p -> word == null || ((p.inheritsTitle() ? "" : p.title) + " " + p.body).contains(word))
                .toList();
    }

    private long liveInMarchWith(String word) {
        return liveInMarch(word).size();
    }

    /** Distinct (thread, author) pairs among the live March posts that hold the word. */
    private long voicesInMarchWith(String word) {
        return liveInMarch(word).stream()
                .map(p -> p.threadKey() + "/" + p.author.key)
                .distinct()
                .count();
    }

    @Test
    void shouldReadTheSegmentsInParallel() {
        assertThat(reader.leaves()).hasSize(9);
        assertThat(parallel.getSlices()).hasSize(reader.leaves().size());
    }

    @Test
    void shouldCountEveryTermOncePerVoiceAlikeToTheLastBit() throws IOException {
        List<SliceCounts> counts = bothByVoice(EveryTermCount::new);

        assertThat(counts.get(1)).isEqualTo(counts.get(0));
        assertThat(counts.get(0).docs()).isEqualTo((int) voicesInMarchWith(null));
        assertThat(counts.get(0).terms().get("kubernetes").docs()).isEqualTo((int) voicesInMarchWith("kubernetes"));
        assertThat(voicesInMarchWith("kubernetes")).isLessThan(liveInMarchWith("kubernetes"));
        assertThat(counts.get(0).terms()).containsKey("carbon footprint");
    }

    @Test
    void shouldCountTheSlicesPostsByVoiceAsTheTermCountsDo() throws IOException {
        List<SharedVoices> shared = both(new SharedVoiceScan());

        assertThat(shared.get(1).posts()).isEqualTo(shared.get(0).posts());
        assertThat(shared.get(0).posts())
                .isEqualTo(bothByVoice(EveryTermCount::new).get(0).docs());
        assertThat(shared.get(0).posts()).isEqualTo((int) voicesInMarchWith(null));
        assertThat(voicesInMarchWith(null)).isLessThan(liveInMarchWith(null));
    }

    @Test
    void shouldCountEveryPostWhenNoVoiceIsShared() throws IOException {
        List<SliceCounts> counts = both(new EveryTermCount(SharedVoices.NONE));

        assertThat(counts.get(1)).isEqualTo(counts.get(0));
        assertThat(counts.get(0).docs()).isEqualTo((int) liveInMarchWith(null));
    }

    @Test
    void shouldCountChosenTermsAlikeAndAsEveryTermCountDoes() throws IOException {
        List<SliceCounts> chosen =
                bothByVoice(shared -> new ChosenTermCount(List.of("budget", "cloud", "absent"), shared));
        SliceCounts every = bothByVoice(EveryTermCount::new).get(0);

        assertThat(chosen.get(1)).isEqualTo(chosen.get(0));
        assertThat(chosen.get(0).terms()).containsOnlyKeys("budget", "cloud");
        assertThat(chosen.get(0).terms().get("budget").docs())
                .isEqualTo(every.terms().get("budget").docs());
        assertThat(chosen.get(0).docs()).isEqualTo(every.docs());
        assertThat(chosen.get(0).weight()).isEqualTo(every.weight());
        assertThat(chosen.get(0).terms().get("cloud").docs())
                .isEqualTo(every.terms().get("cloud").docs());
        assertThat(chosen.get(0).terms().get("cloud").weight())
                .isCloseTo(every.terms().get("cloud").weight(), within(1e-9));
    }

    @Test
    void shouldDetailTermsAlikeWithTheSameBestPostsAndBreakdowns() throws IOException {
        List<Map<String, TermDetail>> details =
                both(new TermDetailScan(WORDS, MARCH.from().toEpochMilli(), 31, 2, 3, true));

        assertThat(details.get(1)).usingRecursiveComparison().isEqualTo(details.get(0));
        TermDetail carbon = details.get(0).get("carbon");
        assertThat(carbon.docs()).isEqualTo((int) voicesInMarchWith("carbon"));
        assertThat(carbon.bestPostIds()).hasSize(3);
        assertThat(carbon.postsByAuthor().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(carbon.docs());
    }

    @Test
    void shouldListThePostsOfTermsAndOfTheSliceAlike() throws IOException {
        List<Map<String, TermPosts>> byTerm = both(new TermPostScan(List.of("roadmap", "retro"), 5));
        List<Map<String, TermPosts>> all = both(new TermPostScan(null, 5));

        assertThat(byTerm.get(1)).isEqualTo(byTerm.get(0));
        assertThat(all.get(1)).isEqualTo(all.get(0));
        assertThat(byTerm.get(0).get("roadmap").total()).isEqualTo((int) liveInMarchWith("roadmap"));
        assertThat(all.get(0).get(null).total()).isEqualTo((int) liveInMarchWith(null));
        Set<Long> liveIds = new HashSet<>(live.stream().map(p -> p.id).toList());
        assertThat(all.get(0).get(null).posts()).allMatch(p -> liveIds.contains(p.postId()));
    }

    @Test
    void shouldCombineNothingIntoEmptyCountsForAnIndexWithoutSegments() throws IOException {
        try (ByteBuffersDirectory empty = new ByteBuffersDirectory()) {
            new IndexWriter(empty, new IndexWriterConfig()).close();
            try (DirectoryReader none = DirectoryReader.open(empty)) {
                SliceCounts counts = new IndexSearcher(none)
                        .search(TermStatistics.queryOf(MARCH), SegmentScan.of(new EveryTermCount(SharedVoices.NONE)));
                assertThat(counts).isEqualTo(new SliceCounts(0, 0, Map.of()));
            }
        }
    }
}
