package io.groundswell.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.groundswell.fault.RawHttp.Request;
import io.groundswell.fault.RawHttp.Response;
import io.groundswell.testing.JsonClient;
import io.groundswell.testing.PackagedApp;
import io.groundswell.testing.PostBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of generated hostile requests against the packaged application, each sent anonymously
 * and as the administrator: none may get a 5xx, every error is problem+json without internals,
 * only reads may succeed, and afterwards everything stored is exactly as before.
 */
class HostileRequestsIT {

    private static final Random RANDOM = FaultSeed.randomFor(HostileRequestsIT.class);
    private static final String SOURCE = "hostile-" + Long.toString(System.nanoTime(), 36);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** Refusals Netty writes itself, before any handler of ours can add a body. */
    private static final Set<Integer> BODILESS_REFUSALS = Set.of(400, 413, 414, 431);

    private static final List<String> INTERNALS = List.of(
            "Exception",
            "\tat ",
            "java.",
            "jakarta.",
            "org.hibernate",
            "org.h2",
            "postgresql",
            "SQLState",
            "io.groundswell");

    private static PackagedApp app;
    private static JsonClient admin;
    private static final List<Long> posts = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        app = new PackagedApp("hostile").start();
        admin = new JsonClient(app.baseUrl(), "admin", PackagedApp.ADMIN_PASSWORD, Duration.ofMinutes(1));
        for (int i = 0; i < 6; i++) {
            JsonNode created = admin.send(
                    "POST",
                    "/api/posts",
                    PostBuilder.post(SOURCE, "seed-" + i)
                            .title("Seeded post " + i)
                            .body("Quarterly planning notes number " + i, "text")
                            .author("seed-author-" + (i % 3), "Seed Author " + (i % 3), "Research")
                            .build(),
                    201);
            posts.add(created.get("id").asLong());
        }
        admin.send("PUT", "/api/posts/" + posts.get(0) + "/rating", Map.of("stars", 5), 200);
        admin.send("PUT", "/api/posts/" + posts.get(1) + "/rating", Map.of("stars", 2), 200);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (admin.get("/api/search?q=quarterly&limit=1").get("total").asInt() < posts.size()) {
            assertThat(System.nanoTime()).as("seeded posts searchable in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void shouldRefuseEveryHostileRequestCleanlyAndChangeNothing() throws Exception {
        Map<String, String> before = snapshot();
        Map<String, List<Request>> categories = new HostileRequests(RANDOM, SOURCE, posts).all();
        URI base = URI.create(app.baseUrl());
        RawHttp http = new RawHttp(base.getHost(), base.getPort());
        String adminAuthorization = "Authorization: Basic "
                + Base64.getEncoder()
                        .encodeToString(("admin:" + PackagedApp.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> statuses = new LinkedHashMap<>();
        int distinct = 0;
        int exchanges = 0;
        int bodiless = 0;
        for (var category : categories.entrySet()) {
            Map<Integer, Integer> seen = statuses.computeIfAbsent(category.getKey(), c -> new TreeMap<>());
            for (Request request : category.getValue()) {
                distinct++;
                boolean ownCredentials = request.headers().stream()
                        .anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("authorization:"));
                List<Request> variants = new ArrayList<>(List.of(request));
                if (!ownCredentials) {
                    List<String> headers = new ArrayList<>(request.headers());
                    headers.add(adminAuthorization);
                    variants.add(new Request(request.method(), request.target(), headers, request.body()));
                }
                for (Request variant : variants) {
                    exchanges++;
                    Response response;
                    try {
                        response = http.send(variant);
                    } catch (java.io.IOException e) {
                        failures.add(category.getKey() + ": " + variant.describe() + " → " + e);
                        continue;
                    }
                    seen.merge(response.status(), 1, Integer::sum);
                    String problem = judge(variant, response);
                    if (problem != null) {
                        failures.add(
                                category.getKey() + ": " + variant.describe() + (variant == request ? "" : " as admin")
                                        + " → " + response.status() + " " + problem + ": "
                                        + abbreviate(response.text()));
                    }
                    if (response.body().length == 0 && response.status() >= 400) {
                        bodiless++;
                    }
                }
            }
        }
        System.out.printf(
                "HostileRequestsIT: %d distinct requests, %d exchanges, %d bodiless refusals from Netty; statuses by category: %s%n",
                distinct, exchanges, bodiless, statuses);

        assertThat(distinct).as("distinct hostile requests").isGreaterThanOrEqualTo(200);
        assertThat(failures).as("hostile requests answered wrongly").isEmpty();
        assertThat(snapshot()).as("what is stored, after the hostile requests").isEqualTo(before);
        assertThat(app.logSinceStart()).as("the server log").doesNotContain("Unexpected error, incident");
        assertThat(admin.get("/q/health/ready").path("status").asText()).isEqualTo("UP");
    }

    /** Why a response is wrong, or null when it is a fine answer to a hostile request. */
    private static String judge(Request request, Response response) {
        int status = response.status();
        if (status == 0) {
            return "no response at all";
        }
        if (status >= 500) {
            return "a server error";
        }
        String text = response.text();
        for (String internal : INTERNALS) {
            if (text.contains(internal)) {
                return "internals in the body (" + internal + ")";
            }
        }
        if (status >= 400) {
            if (response.body().length == 0) {
                return BODILESS_REFUSALS.contains(status) ? null : "an error without a body";
            }
            if (!String.valueOf(response.header("Content-Type")).startsWith("application/problem+json")) {
                return "an error that is not problem+json (" + response.header("Content-Type") + ")";
            }
            JsonNode problem;
            try {
                problem = JsonClient.JSON.readTree(text);
            } catch (Exception e) {
                return "problem+json that does not parse";
            }
            if (problem.path("status").asInt() != status
                    || problem.path("title").asText().isBlank()) {
                return "problem+json without its status or title";
            }
            return null;
        }
        if (status >= 200 && status < 300 && !READS.contains(request.method())) {
            return isBulkWithEveryItemRejected(request, text) ? null : "a write that succeeded";
        }
        if (request.target().startsWith("/api")
                && String.valueOf(response.header("Content-Type")).startsWith("text/html")) {
            return "an API answer as HTML";
        }
        return null;
    }

    /** Bulk answers 200 with one result per item: fine, when every item (if any) was rejected. */
    private static boolean isBulkWithEveryItemRejected(Request request, String body) {
        if (!request.target().equals("/api/posts/bulk")) {
            return false;
        }
        try {
            List<JsonNode> results = new ArrayList<>();
            if (body.trim().startsWith("[")) {
                JsonClient.JSON.readTree(body).forEach(results::add);
            } else {
                for (String line : body.split("\n")) {
                    if (!line.isBlank()) {
                        results.add(JsonClient.JSON.readTree(line));
                    }
                }
            }
            // An empty array is a batch of nothing: answered with no results, nothing stored.
            return results.stream().allMatch(r -> r.path("status").asText().equals("rejected"));
        } catch (Exception e) {
            return false;
        }
    }

    /** Everything a hostile request could have changed, as the administrator reads it. */
    private static Map<String, String> snapshot() throws Exception {
        Map<String, String> state = new LinkedHashMap<>();
        for (long id : posts) {
            state.put("post " + id, admin.get("/api/posts/" + id).toString());
        }
        for (String path : List.of(
                "/api/posts?source=" + SOURCE + "&limit=100",
                "/api/admin/users",
                "/api/admin/api-keys",
                "/api/admin/stop-words",
                "/api/me/ratings",
                "/api/search?q=body%20OR%20quarterly&limit=100")) {
            state.put(path, admin.get(path).toString());
        }
        return state;
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
