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
 *   <li>tag-burst recall: of the months in which a tag bursts (at least 5 posts and at least 3× its
 *       mean monthly count over the 3 months before), the share whose tag word is among that
 *       month's top 20 trends (tag "feature-request" counts when "feature request", "feature" or
 *       "request" is among them);
 *   <li>leader precision@5: for the site's 5 largest tags, the top 5 answerers by total answer score
 *       on questions with that tag, against Groundswell's top 5 leaders for the tag word over the
 *       whole archive, up-votes imported as 5★ and down-votes as 1★ from distinct pseudonymous raters.
 * </ul>
 *
 * Run with {@code ./mvnw verify -Pbench -Dbench.suite=StackExchangeEvaluation}.
 */
class StackExchangeEvaluation {

    private static final Path DATA = Path.of("..", "shared", "data", "stackexchange");
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
            burstRecall(site, dump, source);
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

    private static void burstRecall(String site, StackExchangeDump dump, String source) throws Exception {
        Map<String, Map<YearMonth, Integer>> counts = new HashMap<>();
        for (StackExchangeDump.Row row : dump.rows) {
            for (String tag : row.tags()) {
                counts.computeIfAbsent(tag, t -> new HashMap<>()).merge(row.month(), 1, Integer::sum);
            }
        }
        int bursts = 0;
        int found = 0;
        for (var tag : counts.entrySet()) {
            for (var month : tag.getValue().entrySet()) {
                int count = month.getValue();
                double baseline = 0;
                for (int back = 1; back <= 3; back++) {
                    baseline += tag.getValue().getOrDefault(month.getKey().minusMonths(back), 0);
                }
                baseline /= 3;
                if (count >= 5 && count >= 3 * baseline) {
                    bursts++;
                    if (inTopTrends(tag.getKey(), month.getKey(), source)) {
                        found++;
                    }
                }
            }
        }
        TABLE.add(
                site + ": tag-burst recall (top 20 trends of the month)",
                bursts == 0 ? "no bursts" : f("%d of %d bursts (%.0f%%)", found, bursts, 100.0 * found / bursts),
                "",
                "",
                "",
                "");
    }

    private static boolean inTopTrends(String tag, YearMonth month, String source) throws Exception {
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        JsonNode report = admin.get("/api/trends?limit=20&source=" + source + "&from=" + from + "&to=" + to);
        Set<String> words = tagWords(tag);
        for (JsonNode term : report.path("terms")) {
            if (words.contains(term.path("key").asText())) {
                return true;
            }
        }
        return false;
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
