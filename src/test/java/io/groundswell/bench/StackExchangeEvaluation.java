package io.groundswell.bench;

import static io.groundswell.bench.ResultsTable.f;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.groundswell.testing.JsonClient;
import io.groundswell.testing.PackagedApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality on real community data: the Stack Exchange meta dumps of ../shared/data, imported through
 * the public import API into the packaged application. Two figures per site:
 *
 * <ul>
 *   <li>tag-burst recall@20 and the non-burst hit rate of the monthly top 20 trends, beside the
 *       same figures for raw counts and count ratios on the same months (defined in {@link
 *       TagBursts}), and whether every busy month, quarter and year answers enough terms;
 *   <li>leader precision@5: for the site's 5 largest tags, the top 5 answerers by total answer score
 *       on questions with that tag, against Groundswell's top 5 leaders for the tag word over the
 *       whole archive, up-votes imported as 5★ and down-votes as 1★ from distinct pseudonymous raters.
 * </ul>
 *
 * Run with {@code ./mvnw verify -Pbench -Dbench.suite=StackExchangeEvaluation}.
 */
class StackExchangeEvaluation {

    /** The dumps: ../shared/data/stackexchange beside the checkout, or {@code -Dbench.stackexchange}. */
    private static final Path DATA = Path.of(System.getProperty(
            "bench.stackexchange",
            Path.of("..", "shared", "data", "stackexchange").toString()));

    private static final ResultsTable TABLE = new ResultsTable("Stack Exchange evaluation");
    private static PackagedApp app;
    private static JsonClient admin;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "../shared/data/stackexchange is absent: evaluation skipped");
        app = new PackagedApp("se-eval").start();
        admin = new JsonClient(app.baseUrl(), "admin", PackagedApp.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            TABLE.write(Path.of("target", "bench-se"), ResultsTable.machine());
            app.close();
        }
    }

    @Test
    void evaluateEverySite() throws Exception {
        for (String site : List.of("bicycles.meta", "french.meta", "conlang.meta")) {
            StackExchangeDump dump = new StackExchangeDump(DATA.resolve(site));
            String source = "se-" + site.replace('.', '-');
            long started = System.nanoTime();
            importDump(dump, source);
            double seconds = (System.nanoTime() - started) / 1e9;
            TABLE.add(
                    site + ": import through /api/imports",
                    f("%,d posts in %.1f s (%,.0f posts/s)", dump.rows.size(), seconds, dump.rows.size() / seconds),
                    "",
                    "",
                    "",
                    "");
            burstRecall(site, new TagBursts(dump), source);
            leaderPrecision(site, dump, source);
        }
    }

    private static void importDump(StackExchangeDump dump, String source) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(app.baseUrl() + "/api/imports?format=stackexchange&source=" + source))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("admin:" + PackagedApp.ADMIN_PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofFile(dump.zip()))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        long id = JsonClient.JSON.readTree(response.body()).get("id").asLong();
        await("import " + id).forever().pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode job = admin.get("/api/imports/" + id);
            if (job.path("status").asText().equals("failed")) {
                throw new IllegalStateException("import failed: " + job);
            }
            return job.path("status").asText().equals("done");
        });
        long total = dump.rows.size();
        await("the imported posts to be searchable")
                .forever()
                .pollInterval(Duration.ofMillis(200))
                .until(() -> admin.get("/api/search?limit=1&source=" + source)
                                .path("total")
                                .asLong()
                        >= total);
    }

    /**
     * Burst recall@20 and the non-burst hit rate (defined in {@link TagBursts}) of the trends, of raw
     * counts and of count ratios on the same months; then whether every month, quarter and year with
     * at least 20 posts answers at least 10 terms.
     */
    private static void burstRecall(String site, TagBursts truth, String source) throws Exception {
        Map<YearMonth, List<String>> trends = new HashMap<>();
        Map<YearMonth, List<String>> stories = new HashMap<>();
        int busy = 0;
        List<String> sparse = new ArrayList<>();
        for (YearMonth month : truth.months()) {
            List<String> keys =
                    trendKeys(source, month.atDay(1), month.plusMonths(1).atDay(1));
            trends.put(month, keys);
            stories.put(
                    month, storyKeys(source, month.atDay(1), month.plusMonths(1).atDay(1)));
            if (truth.postsPerMonth.get(month) >= 20) {
                busy++;
                if (keys.size() < 10) {
                    sparse.add(month + " " + keys.size());
                }
            }
        }
        TagBursts.Outcome ranked = truth.score(trends::get);
        TagBursts.Outcome told = truth.score(stories::get);
        TagBursts.Outcome raw = truth.score(truth::rawTop);
        TagBursts.Outcome ratio = truth.score(truth::ratioTop);
        TABLE.add(
                site + ": burst recall@20, trends | raw counts | count ratio",
                ranked.recall(),
                raw.recall() + " | " + ratio.recall(),
                "",
                "",
                "");
        TABLE.add(
                site + ": non-burst hit rate, trends | raw counts | count ratio",
                ranked.quietRate(),
                raw.quietRate() + " | " + ratio.quietRate(),
                "",
                "",
                "");
        TABLE.add(
                site + ": the terms of the top 20 stories, burst recall@20 | non-burst hit rate",
                told.recall(),
                told.quietRate(),
                "",
                "",
                "");
        TABLE.add(
                site + ": non-burst hit rate over every month of the site, trends | raw counts | count ratio",
                ranked.anyMonthRate(),
                raw.anyMonthRate() + " | " + ratio.anyMonthRate(),
                "",
                "",
                "");
        TABLE.add(
                site + ": bursts found in surge months (site ≥ 3× busier), trends | raw | ratio",
                ranked.surge(),
                raw.surge() + " | " + ratio.surge(),
                "",
                "",
                "");
        TABLE.add(
                site + ": months with ≥ 20 posts answering < 10 terms",
                f("%d of %d", sparse.size(), busy),
                String.join("; ", sparse),
                "",
                "",
                "");
        TABLE.add(site + ": terms of quarter and year windows", longWindows(truth, source), "", "", "", "");
    }

    /** The fewest terms any calendar quarter or year with at least 20 posts answers. */
    private static String longWindows(TagBursts truth, String source) throws Exception {
        Map<java.time.LocalDate, Integer> quarters = new java.util.TreeMap<>();
        Map<java.time.LocalDate, Integer> years = new java.util.TreeMap<>();
        truth.postsPerMonth.forEach((month, posts) -> {
            quarters.merge(
                    month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1).atDay(1), posts, Integer::sum);
            years.merge(month.withMonth(1).atDay(1), posts, Integer::sum);
        });
        int fewestQuarter = Integer.MAX_VALUE;
        int fewestYear = Integer.MAX_VALUE;
        for (var quarter : quarters.entrySet()) {
            if (quarter.getValue() >= 20) {
                fewestQuarter = Math.min(
                        fewestQuarter,
                        trendKeys(source, quarter.getKey(), quarter.getKey().plusMonths(3))
                                .size());
            }
        }
        for (var year : years.entrySet()) {
            if (year.getValue() >= 20) {
                fewestYear = Math.min(
                        fewestYear,
                        trendKeys(source, year.getKey(), year.getKey().plusYears(1))
                                .size());
            }
        }
        return f("fewest: quarter %d, year %d (top 20 asked)", fewestQuarter, fewestYear);
    }

    private static List<String> trendKeys(String source, java.time.LocalDate from, java.time.LocalDate to)
            throws Exception {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.atStartOfDay(ZoneOffset.UTC).toInstant();
        JsonNode report =
                admin.get("/api/trends?limit=" + TagBursts.TOP + "&source=" + source + "&from=" + start + "&to=" + end);
        List<String> keys = new ArrayList<>();
        report.path("terms").forEach(term -> keys.add(term.path("key").asText()));
        return keys;
    }

    /** Every term of the window's first 20 stories, as a dashboard listing stories shows them. */
    private static List<String> storyKeys(String source, java.time.LocalDate from, java.time.LocalDate to)
            throws Exception {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.atStartOfDay(ZoneOffset.UTC).toInstant();
        JsonNode report = admin.get("/api/trends?limit=100&source=" + source + "&from=" + start + "&to=" + end);
        List<String> keys = new ArrayList<>();
        int told = 0;
        for (JsonNode story : report.path("stories")) {
            if (told++ == TagBursts.TOP) {
                break;
            }
            story.path("terms").forEach(term -> keys.add(term.path("key").asText()));
        }
        return keys;
    }

    static Set<String> tagWords(String tag) {
        Set<String> words = new HashSet<>();
        words.add(tag);
        words.add(tag.replace('-', ' '));
        for (String part : tag.split("-")) {
            if (part.length() > 2) {
                words.add(part);
            }
        }
        return words;
    }

    private static void leaderPrecision(String site, StackExchangeDump dump, String source) throws Exception {
        Map<String, Long> questionsPerTag = dump.rows.stream()
                .filter(StackExchangeDump.Row::question)
                .flatMap(r -> r.tags().stream())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        List<String> largest = questionsPerTag.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(5)
                .map(Map.Entry::getKey)
                .toList();
        YearMonth first = dump.rows.stream()
                .map(StackExchangeDump.Row::month)
                .min(YearMonth::compareTo)
                .orElseThrow();
        YearMonth last = dump.rows.stream()
                .map(StackExchangeDump.Row::month)
                .max(YearMonth::compareTo)
                .orElseThrow();
        Instant from = first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = last.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<String> perTag = new ArrayList<>();
        double sum = 0;
        for (String tag : largest) {
            Map<String, Integer> answerScore = new HashMap<>();
            dump.rows.stream()
                    .filter(r -> !r.question() && r.owner() != null && r.tags().contains(tag))
                    .forEach(r -> answerScore.merge(r.owner(), r.score(), Integer::sum));
            Set<String> truth = answerScore.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(5)
                    .map(e -> source + ":" + e.getKey())
                    .collect(Collectors.toSet());
            String topic = tag.replace('-', ' ');
            JsonNode leaders = admin.get("/api/leaders?limit=5&source=" + source + "&from=" + from + "&to=" + to
                    + "&topic=" + java.net.URLEncoder.encode(topic, StandardCharsets.UTF_8));
            int hits = 0;
            for (JsonNode leader : leaders.path("leaders")) {
                if (truth.contains(leader.path("id").asText())) {
                    hits++;
                }
            }
            double precision = hits / 5.0;
            sum += precision;
            perTag.add(f("%s %.1f", tag, precision));
        }
        TABLE.add(
                site + ": leader precision@5, 5 largest tags",
                f("mean %.2f", sum / Math.max(1, largest.size())),
                String.join("; ", perTag),
                "",
                "",
                "");
    }
}
