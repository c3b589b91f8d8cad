package io.groundswell.demo;

import io.groundswell.post.BodyFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A deterministic synthetic organisation: people in departments, and the posts and ratings they
 * write over a window of days. Plain Java, so benchmarks and tests can use it without Quarkus.
 *
 * <p>Each post is generated on its own from the seed and its index, so {@link #posts()} streams any
 * number of posts in constant memory, {@link #post(int)} gives random access, and the same options
 * always give the same corpus. Posts come in time order by day; within a day the order is loose.
 *
 * <p>What is in it, for the analyses that will read it: ~25 {@link Topic topics} whose popularity
 * follows a {@link Topic.Curve curve} (some rise in the last seven days, some peak mid-window, some
 * fade, some are steady); departments that lean to some topics; text with a Zipfian background
 * vocabulary; about 5% of posts in French and a few in German and Spanish; authors of varied latent
 * quality whose posts are rated around it, a few heavy raters and a few viral posts; no self-ratings.
 *
 * <pre>{@code
 * SyntheticCorpus corpus = new SyntheticCorpus(
 *         CorpusOptions.defaults(42, Instant.parse("2026-11-20T00:00:00Z")).withPosts(1_000_000));
 * try (Stream<SyntheticPost> posts = corpus.posts()) {
 *     posts.forEach(post -> index(post));       // post.ratings() travel with their post
 * }
 * }</pre>
 *
 * Pass a fixed {@code now} when the output must be reproducible: the window ends there.
 */
public final class SyntheticCorpus {

    /** Sources and their shares of posts. */
    private static final String[] SOURCES = {"forum", "blog", "wiki"};

    private static final double[] SOURCE_SHARES = {0.5, 0.25, 0.25};

    /** Cumulative shares of the non-English languages; the rest is English. */
    private static final double FRENCH = 0.05;

    private static final double GERMAN = 0.065;
    private static final double SPANISH = 0.075;

    private final CorpusOptions options;
    private final Organisation organisation;
    private final List<Topic> topics = Topics.ALL;
    private final WeightedSampler[] authorsByTopic;
    private final WeightedSampler[] topicsByDay;
    private final WeightedSampler days;
    private final WeightedSampler sources = new WeightedSampler(SOURCE_SHARES);
    private final PostWriter writer = new PostWriter(topics);
    private final Instant windowStart;

    public SyntheticCorpus(CorpusOptions options) {
        this.options = options;
        this.organisation = new Organisation(options.people(), new SplittableRandom(options.seed()));
        this.authorsByTopic = topics.stream().map(organisation::authorsOf).toArray(WeightedSampler[]::new);
        this.windowStart = options.now().minus(Duration.ofDays(options.days()));
        this.topicsByDay = new WeightedSampler[options.days()];
        double[] dayWeights = new double[options.days()];
        for (int day = 0; day < options.days(); day++) {
            double[] weights = new double[topics.size()];
            for (int t = 0; t < weights.length; t++) {
                weights[t] = topics.get(t).popularity() * topics.get(t).curve(day, options.days());
            }
            topicsByDay[day] = new WeightedSampler(weights);
            DayOfWeek weekday = dayStart(day)
                    .plus(Duration.ofHours(12))
                    .atZone(ZoneOffset.UTC)
                    .getDayOfWeek();
            // People write little at weekends: a weekly rhythm that trend detection must not mistake for news.
            dayWeights[day] = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? 0.25 : 1.0;
        }
        this.days = new WeightedSampler(dayWeights);
    }

    public CorpusOptions options() {
        return options;
    }

    public List<SyntheticPerson> people() {
        return organisation.people();
    }

    /** Department names and how many people work in each; one is smaller than five. */
    public Map<String, Integer> departmentSizes() {
        return organisation.departmentSizes();
    }

    public List<Topic> topics() {
        return topics;
    }

    /** All posts in order, generated lazily: memory stays bounded however many there are. */
    public Stream<SyntheticPost> posts() {
        return IntStream.range(0, options.posts()).mapToObj(this::post);
    }

    /** The post with this index (0 to posts − 1), the same every time. */
    public SyntheticPost post(int index) {
        if (index < 0 || index >= options.posts()) {
            throw new IndexOutOfBoundsException("post " + index + " of " + options.posts());
        }
        SplittableRandom random = new SplittableRandom(mix(options.seed(), index));
        int day = days.indexAt((index + random.nextDouble()) / options.posts());
        Instant createdAt = timeOn(day, random);
        int topicIndex = topicsByDay[day].sample(random);
        Topic topic = topics.get(topicIndex);
        int authorIndex = authorsByTopic[topicIndex].sample(random);
        SyntheticPerson author = organisation.people().get(authorIndex);
        String source = SOURCES[sources.sample(random)];
        String externalId = source + "-" + index;
        Vocabulary language = language(random.nextDouble());
        BodyFormat format = format(source, random.nextDouble());
        PostWriter.Text text = writer.write(topic, language, format, author.department(), random);
        List<SyntheticRating> ratings = organisation.rate(source, externalId, authorIndex, random);
        return new SyntheticPost(
                source,
                externalId,
                url(source, index, topic),
                text.title(),
                text.body(),
                format,
                author,
                createdAt,
                text.tags(),
                topic.name(),
                language.code(),
                ratings);
    }

    private Instant dayStart(int day) {
        return windowStart.plus(Duration.ofDays(day));
    }

    /** A moment on the given day, mostly in office hours (UTC), never after {@code now}. */
    private Instant timeOn(int day, SplittableRandom random) {
        Instant start = dayStart(day);
        long seconds = 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            seconds = random.nextLong(Duration.ofDays(1).toSeconds());
            int hour = start.plusSeconds(seconds).atZone(ZoneOffset.UTC).getHour();
            double chance = hour >= 8 && hour < 18 ? 1.0 : hour >= 6 && hour < 21 ? 0.25 : 0.03;
            if (random.nextDouble() < chance) {
                break;
            }
        }
        return start.plusSeconds(seconds);
    }

    private static Vocabulary language(double draw) {
        if (draw < FRENCH) {
            return OtherLanguages.FRENCH;
        } else if (draw < GERMAN) {
            return OtherLanguages.GERMAN;
        } else if (draw < SPANISH) {
            return OtherLanguages.SPANISH;
        }
        return English.LANGUAGE;
    }

    /** Forums are mostly plain text, wikis Markdown or HTML, blogs mostly HTML. */
    private static BodyFormat format(String source, double draw) {
        return switch (source) {
            case "forum" -> draw < 0.7 ? BodyFormat.TEXT : BodyFormat.MARKDOWN;
            case "wiki" -> draw < 0.6 ? BodyFormat.MARKDOWN : BodyFormat.HTML;
            default -> draw < 0.2 ? BodyFormat.TEXT : draw < 0.5 ? BodyFormat.MARKDOWN : BodyFormat.HTML;
        };
    }

    private static String url(String source, int index, Topic topic) {
        return switch (source) {
            case "forum" -> "https://forum.intranet.example/t/" + index;
            case "wiki" -> "https://wiki.intranet.example/pages/" + PostWriter.slug(topic.name()) + "-" + index;
            default -> "https://blog.intranet.example/posts/" + index;
        };
    }

    /** SplitMix64's finaliser, twice: neighbouring indexes and seeds get unrelated random streams. */
    private static long mix(long seed, long index) {
        return finalise(finalise(seed) + (index + 1) * 0x9E3779B97F4A7C15L);
    }

    private static long finalise(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
