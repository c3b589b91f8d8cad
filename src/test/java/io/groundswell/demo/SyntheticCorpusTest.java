package io.groundswell.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.groundswell.post.BodyFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

    static final Instant NOW = Instant.parse("2026-11-20T09:30:00Z");

    /** The default organisation, generated once: several tests read it. */
    static SyntheticCorpus corpus;

    static List<SyntheticPost> posts;

    @BeforeAll
    static void generate() {
        corpus = new SyntheticCorpus(CorpusOptions.defaults(42, NOW));
        posts = corpus.posts().toList();
    }

    @Test
    void shouldGenerateTheSameCorpusForTheSameSeed() {
        CorpusOptions options = CorpusOptions.defaults(7, NOW).withPosts(500);

        SyntheticCorpus first = new SyntheticCorpus(options);
        SyntheticCorpus second = new SyntheticCorpus(options);

        assertEquals(first.people(), second.people());
        assertEquals(first.posts().toList(), second.posts().toList());
    }

    @Test
    void shouldGenerateADifferentCorpusForADifferentSeed() {
        List<SyntheticPost> seven = new SyntheticCorpus(
                        CorpusOptions.defaults(7, NOW).withPosts(200))
                .posts()
                .toList();
        List<SyntheticPost> eight = new SyntheticCorpus(
                        CorpusOptions.defaults(8, NOW).withPosts(200))
                .posts()
                .toList();

        assertNotEquals(
                seven.stream().map(SyntheticPost::author).toList(),
                eight.stream().map(SyntheticPost::author).toList());
        long sameBodies = 0;
        for (int i = 0; i < seven.size(); i++) {
            sameBodies += seven.get(i).body().equals(eight.get(i).body()) ? 1 : 0;
        }
        assertEquals(0, sameBodies);
    }

    @Test
    void shouldGiveTheSamePostByIndexAsByStream() {
        assertEquals(posts.get(1234), corpus.post(1234));
        assertEquals(posts.get(posts.size() - 1), corpus.post(posts.size() - 1));
    }

    @Test
    void shouldGenerateTheRequestedNumbers() {
        assertEquals(CorpusOptions.DEFAULT_POSTS, posts.size());
        assertEquals(CorpusOptions.DEFAULT_PEOPLE, corpus.people().size());
        assertEquals(
                CorpusOptions.DEFAULT_PEOPLE,
                corpus.people().stream().map(SyntheticPerson::key).distinct().count());
        assertEquals(25, corpus.topics().size());
    }

    @Test
    void shouldKeepPostsInsideTheWindowAndSpreadOverIt() {
        Instant start = NOW.minus(Duration.ofDays(CorpusOptions.DEFAULT_DAYS));

        for (SyntheticPost post : posts) {
            assertTrue(!post.createdAt().isBefore(start) && post.createdAt().isBefore(NOW), post.createdAt()::toString);
        }
        Set<Long> days = posts.stream()
                .map(p -> Duration.between(start, p.createdAt()).toDays())
                .collect(Collectors.toSet());
        assertEquals(CorpusOptions.DEFAULT_DAYS, days.size(), "every day of the window has posts");
    }

    @Test
    void shouldMakeRisingTopicsMoreFrequentInTheLastWeek() {
        for (Topic topic : corpus.topics()) {
            double ratio = lastWeekRatio(topic.name());
            if (topic.trend() == Topic.Curve.RISING) {
                assertTrue(ratio > 3, topic.name() + " rises only " + ratio + "×");
            } else if (topic.trend() == Topic.Curve.STEADY) {
                assertTrue(ratio < 2, topic.name() + " is steady but rises " + ratio + "×");
            }
        }
    }

    /** Posts per day on the topic in the last seven days, divided by posts per day before. */
    private static double lastWeekRatio(String topic) {
        Instant weekAgo = NOW.minus(Duration.ofDays(Topic.RISING_DAYS));
        List<SyntheticPost> about =
                posts.stream().filter(p -> p.topic().equals(topic)).toList();
        long recent = about.stream().filter(p -> p.createdAt().isAfter(weekAgo)).count();
        double before = (double) (about.size() - recent) / (CorpusOptions.DEFAULT_DAYS - Topic.RISING_DAYS);
        return (recent / (double) Topic.RISING_DAYS) / before;
    }

    @Test
    void shouldNeverLetAuthorsRateTheirOwnPosts() {
        for (SyntheticPost post : posts) {
            for (SyntheticRating rating : post.ratings()) {
                assertNotEquals(post.author().key(), rating.raterKey(), post.externalId());
            }
        }
    }

    @Test
    void shouldGiveOneToFiveStarsByDistinctRatersOfThatPost() {
        for (SyntheticPost post : posts) {
            Set<String> raters = new HashSet<>();
            assertTrue(post.ratings().size() <= 15, post.externalId());
            for (SyntheticRating rating : post.ratings()) {
                assertTrue(rating.stars() >= 1 && rating.stars() <= 5, rating::toString);
                assertTrue(raters.add(rating.raterKey()), "rated twice: " + rating);
                assertEquals(post.source(), rating.source());
                assertEquals(post.externalId(), rating.postExternalId());
            }
        }
        assertTrue(posts.stream().anyMatch(p -> p.ratings().size() >= 10), "some posts go viral");
        assertTrue(posts.stream().anyMatch(p -> p.ratings().isEmpty()), "some posts are not rated at all");
    }

    @Test
    void shouldRateBetterAuthorsHigher() {
        double good = meanStars(posts.stream().filter(p -> p.author().quality() >= 4.0));
        double poor = meanStars(posts.stream().filter(p -> p.author().quality() <= 2.8));

        assertTrue(good > poor + 0.8, "good authors " + good + ", poor authors " + poor);
    }

    private static double meanStars(java.util.stream.Stream<SyntheticPost> some) {
        return some.flatMap(p -> p.ratings().stream())
                .mapToInt(SyntheticRating::stars)
                .average()
                .orElseThrow();
    }

    @Test
    void shouldHaveAFewHeavyRaters() {
        Map<String, Long> ratingsByRater = posts.stream()
                .flatMap(p -> p.ratings().stream())
                .collect(Collectors.groupingBy(SyntheticRating::raterKey, Collectors.counting()));
        List<Long> counts = ratingsByRater.values().stream().sorted().toList();
        long median = counts.get(counts.size() / 2);
        long top = counts.get(counts.size() - 1);

        assertTrue(top > 10 * median, "top rater " + top + ", median " + median);
    }

    @Test
    void shouldIncludeADepartmentBelowThePrivacyThreshold() {
        Map<String, Integer> sizes = corpus.departmentSizes();

        assertTrue(sizes.size() >= 10);
        assertTrue(sizes.values().stream().anyMatch(size -> size > 0 && size < 5), sizes::toString);
        assertEquals(
                corpus.people().size(),
                sizes.values().stream().mapToInt(Integer::intValue).sum());
        Map<String, Long> counted = corpus.people().stream()
                .collect(Collectors.groupingBy(SyntheticPerson::department, Collectors.counting()));
        sizes.forEach((department, size) -> assertEquals(size.longValue(), counted.get(department), department));
        assertTrue(posts.stream().anyMatch(p -> sizes.get(p.author().department()) < 5), "the tiny department posts");
    }

    @Test
    void shouldWriteAboutFivePercentInFrenchAndSomeInGermanAndSpanish() {
        Map<String, Long> byLanguage =
                posts.stream().collect(Collectors.groupingBy(SyntheticPost::language, Collectors.counting()));
        double french = byLanguage.get("fr") / (double) posts.size();

        assertTrue(french > 0.03 && french < 0.07, "French share " + french);
        assertTrue(byLanguage.get("de") > 10);
        assertTrue(byLanguage.get("es") > 10);
        String frenchText = posts.stream()
                .filter(p -> p.language().equals("fr"))
                .map(SyntheticPost::body)
                .collect(Collectors.joining(" "));
        for (String word : List.of(" le ", " la ", " les ", " des ", " est ", " pour ", " avec ", "Nous ")) {
            assertTrue(frenchText.contains(word), word);
        }
    }

    @Test
    void shouldWriteBodiesOfSixtyToAboutThreeHundredWordsInAllFormats() {
        for (SyntheticPost post : posts) {
            int words = post.body().split("\\s+").length;
            assertTrue(words >= 60 && words <= 360, post.externalId() + " has " + words + " words");
            assertTrue(!post.title().isBlank() && !post.title().contains("<"), post.title());
            assertTrue(post.tags().size() <= 3);
        }
        Map<BodyFormat, Long> formats =
                posts.stream().collect(Collectors.groupingBy(SyntheticPost::bodyFormat, Collectors.counting()));
        assertEquals(3, formats.size(), formats::toString);
        assertTrue(posts.stream().filter(p -> p.bodyFormat() == BodyFormat.HTML).allMatch(p -> p.body()
                .contains("<a href=\"https://")));
        assertTrue(posts.stream()
                .filter(p -> p.bodyFormat() == BodyFormat.MARKDOWN)
                .allMatch(p -> p.body().contains("](https://")));
        assertEquals(
                Set.of("forum", "wiki", "blog"),
                posts.stream().map(SyntheticPost::source).collect(Collectors.toSet()));
    }

    @Test
    void shouldUseEachTopicsOwnTermsAndTags() {
        Map<String, Topic> topics = corpus.topics().stream().collect(Collectors.toMap(Topic::name, t -> t));
        long mentioning = posts.stream()
                .filter(p -> topics.get(p.topic()).terms().stream().anyMatch(p.body()::contains))
                .count();

        assertTrue(mentioning > 0.95 * posts.size(), mentioning + " posts mention their topic");
        assertTrue(posts.stream()
                .flatMap(p -> p.tags().stream().map(tag -> Map.entry(p.topic(), tag)))
                .filter(e -> !topics.get(e.getKey()).tags().contains(e.getValue()))
                .allMatch(e ->
                        List.of("question", "announcement", "howto", "idea").contains(e.getValue())));
    }

    @Test
    void shouldGenerateLazilySoAMillionPostsNeedNoMemory() {
        SyntheticCorpus huge =
                new SyntheticCorpus(CorpusOptions.defaults(1, NOW).withPosts(1_000_000));

        assertEquals(1000, huge.posts().limit(1000).count());
        Instant lastWeek = NOW.minus(Duration.ofDays(7));
        assertTrue(huge.post(999_999).createdAt().isAfter(lastWeek), "posts come in time order by day");
        assertTrue(huge.post(0).createdAt().isBefore(NOW.minus(Duration.ofDays(80))));
    }
}
