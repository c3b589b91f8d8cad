package io.groundswell.fault;

import io.groundswell.fault.RawHttp.Request;
import io.groundswell.testing.PackagedApp;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generates hostile requests by category, from a seed. Every write among them is wrong in a way
 * that must be refused — a valid post carrying invalid UTF-8, a rating sent to a dot-segment path,
 * a script sent as a body format — so after all of them nothing stored may have changed. Reads may
 * succeed: a search for {@code ' OR 1=1} is a fine search.
 */
final class HostileRequests {

    static final int PER_CATEGORY = 25;

    private static final String JSON = "Content-Type: application/json";
    private static final char NUL = (char) 0;
    private static final String NDJSON = "Content-Type: application/x-ndjson";

    private static final String[] SCRIPTS = {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "<svg onload=alert(document.cookie)>",
        "javascript:alert(1)",
        "<iframe src=//evil.example>",
        "';alert(String.fromCharCode(88,83,83))//",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<body onload=alert(1)>",
    };

    private static final String[] SQL = {
        "' OR '1'='1",
        "1; DROP TABLE post;--",
        "1 UNION SELECT password_hash FROM user_account--",
        "'; UPDATE rating SET stars=5;--",
        "admin'--",
        "1) OR (1=1",
        "' OR 1=1 LIMIT 1 OFFSET 1--",
        "\\'; DELETE FROM post WHERE '1'='1",
        "%' AND pg_sleep(5)--",
        "1' AND (SELECT COUNT(*) FROM information_schema.tables)>0--",
    };

    private static final String[] LUCENE = {
        "title:(",
        "*:*",
        "a AND (b OR",
        "/regex[/",
        "field:[1 TO",
        "~~~",
        "\"unterminated",
        "\\",
        "a^999999999",
        "x~2.5",
        "*a*",
        "?",
        "+-+-",
        "author:\"x",
        "{!lucene}x",
        "a:b:c:d",
        "(((((((((((",
        "NOT",
        "AND OR NOT",
        "[* TO *]",
        "title:/.*/",
        "&&||!",
        "tags:*",
        "\u0000",
        "x^-1",
    };

    private final Random random;
    private final String source;
    private final List<Long> posts;

    HostileRequests(Random random, String source, List<Long> posts) {
        this.random = random;
        this.source = source;
        this.posts = posts;
    }

    /** Category name → its distinct requests, in a stable order. */
    Map<String, List<Request>> all() {
        Map<String, List<Request>> all = new LinkedHashMap<>();
        all.put("malformed JSON", distinct(this::malformedJson));
        all.put("huge bodies", hugeBodies());
        all.put("invalid UTF-8", distinct(this::invalidUtf8));
        all.put("deep nesting", distinct(this::deepNesting));
        all.put("Lucene syntax", distinct(this::luceneSyntax));
        all.put("script tags", distinct(this::scriptTags));
        all.put("path tricks", distinct(this::pathTricks));
        all.put("SQL-looking strings", distinct(this::sqlLooking));
        all.put("absurd paging", distinct(this::absurdPaging));
        all.put("NUL characters", distinct(this::nul));
        all.put("absurd headers", distinct(this::absurdHeaders));
        return all;
    }

    private List<Request> distinct(Supplier<Request> generator) {
        Map<String, Request> seen = new LinkedHashMap<>();
        for (int attempt = 0; seen.size() < PER_CATEGORY && attempt < PER_CATEGORY * 50; attempt++) {
            Request request = generator.get();
            seen.putIfAbsent(
                    request.method()
                            + ' '
                            + request.target()
                            + ' '
                            + request.headers()
                            + ' '
                            + new String(request.body(), StandardCharsets.ISO_8859_1),
                    request);
        }
        return new ArrayList<>(seen.values());
    }

    // --- categories ---------------------------------------------------------------------------

    private Request malformedJson() {
        String post = postJson("malformed-" + random.nextInt(1000), "A fine title");
        String broken =
                switch (random.nextInt(12)) {
                    case 0 -> post.substring(0, 1 + random.nextInt(post.length() - 1));
                    case 1 -> post.replace("}", ",}");
                    case 2 -> post.replace('"', '\'');
                    case 3 -> post.replace(":", ":" + "}".repeat(1 + random.nextInt(3)));
                    case 4 -> "{\"stars\": " + pick("NaN", "Infinity", "1e999", "-0x5", "05", "5.0.0", "+5") + "}";
                    case 5 -> "/* comment */ " + post;
                    case 6 -> "\uFEFF" + post + "garbage";
                    case 7 -> pick("", "null", "[]", "\"string\"", "42", "true", "{", "}", "[", "{}{}", ",");
                    case 8 -> post.replace("\"title\"", "title");
                    case 9 -> "{\"stars\": 5, \"stars\": " + random.nextInt(100) + ", }";
                    case 10 -> "{\"username\": [], \"password\": {}, \"roles\": \"admin\"}";
                    default -> post + post;
                };
        return pickWrite(broken);
    }

    private List<Request> hugeBodies() {
        List<Request> requests = new ArrayList<>();
        // A Content-Length far over the limit, with a small body: refused from the header alone.
        for (String length : List.of("16777217", "1000000000", "999999999999", "9223372036854775807")) {
            requests.add(new Request("POST", "/api/posts", List.of(JSON, "Content-Length: " + length), bytes("{}")));
            requests.add(new Request(
                    "PUT", "/api/posts/" + post() + "/rating", List.of(JSON, "Content-Length: " + length), bytes("{")));
        }
        // Really over the limit (16 MiB), chunked so no header gives it away.
        byte[] big = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        requests.add(new Request("POST", "/api/posts", List.of(JSON, "Transfer-Encoding: chunked"), chunked(big)));
        // Under the byte limit but over every field and batch limit.
        requests.add(post(postJson("huge-title", "t".repeat(600_000))));
        requests.add(post(postJson("huge-body", "A fine title").replace("Body text", "b".repeat(1_000_001))));
        requests.add(post(postJson("huge-id", "A fine title").replace("huge-id", "x".repeat(100_000))));
        requests.add(post(withTags(postJson("many-tags", "A fine title"), 5_000)));
        requests.add(post(
                withTags(postJson("long-tag", "A fine title"), 1).replace("\"tag0\"", quoted("t".repeat(70_000)))));
        StringBuilder bulk = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            bulk.append(i == 0 ? "" : ",").append("{}");
        }
        requests.add(new Request(
                "POST", "/api/posts/bulk", List.of(JSON), bytes(bulk.append(']').toString())));
        requests.add(new Request(
                "PUT",
                "/api/posts/" + post() + "/rating",
                List.of(JSON),
                bytes("{\"stars\": 5, \"displayName\": " + quoted("n".repeat(300_000)) + "}")));
        requests.add(new Request(
                "POST",
                "/api/admin/users",
                List.of(JSON),
                bytes("{\"username\": \"huge\", \"password\": " + quoted("p".repeat(2_000_000))
                        + ", \"roles\": [\"employee\"]}")));
        requests.add(new Request("GET", "/api/search?q=" + "a".repeat(8_000), List.of(), new byte[0]));
        requests.add(new Request("GET", "/api/search?q=" + "a%20OR%20b%20".repeat(1_500), List.of(), new byte[0]));
        requests.add(new Request("GET", "/api/trends/" + "w".repeat(3_000), List.of(), new byte[0]));
        requests.add(new Request("GET", "/api/search?q=x&tag=" + "t&tag=".repeat(2_000), List.of(), new byte[0]));
        requests.add(new Request("GET", "/api/posts/" + "9".repeat(5_000), List.of(), new byte[0]));
        return requests;
    }

    private Request invalidUtf8() {
        byte[] bad = pickBytes(
                new byte[] {(byte) 0xC0, (byte) 0xAF}, // overlong "/"
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong, three bytes
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate, encoded
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xC3}, // truncated
                new byte[] {(byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}); // past U+10FFFF
        String marker = "INVALID";
        String template =
                switch (random.nextInt(5)) {
                    case 0 -> postJson("utf8-" + random.nextInt(1000), "Title " + marker);
                    case 1 -> postJson("utf8-" + marker, "A fine title");
                    case 2 -> "{\"stars\": 4, \"displayName\": \"Name " + marker + "\"}";
                    case 3 -> "{\"username\": \"u" + marker + "\", \"password\": \"long enough password\","
                            + " \"roles\": [\"employee\"]}";
                    default -> "[" + postJson("utf8-bulk-" + random.nextInt(1000), "Bulk " + marker) + "]";
                };
        byte[] body = splice(template, marker, bad);
        if (template.startsWith("{\"stars\"")) {
            return new Request("PUT", "/api/posts/" + post() + "/rating", List.of(JSON), body);
        }
        if (template.startsWith("{\"username\"")) {
            return new Request("POST", "/api/admin/users", List.of(JSON), body);
        }
        if (template.startsWith("[")) {
            return random.nextBoolean()
                    ? new Request("POST", "/api/posts/bulk", List.of(JSON), body)
                    : new Request(
                            "POST",
                            "/api/posts/bulk",
                            List.of(NDJSON),
                            splice(template.substring(1, template.length() - 1), marker, bad));
        }
        return new Request("POST", "/api/posts", List.of(JSON), body);
    }

    private Request deepNesting() {
        int depth = pickInt(1_001, 2_000, 5_000, 20_000, 100_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        String body =
                switch (random.nextInt(5)) {
                    case 0 -> nested;
                    case 1 -> postJson("deep", "A fine title").replace("\"tags\":[\"t\"]", "\"tags\":" + nested);
                    case 2 -> "{\"stars\": " + nested + "}";
                    case 3 -> "[" + nested + "]";
                    default -> postJson("deep", "A fine title")
                            .replace("\"author\":{", "\"author\":{\"x\":" + nested + ",");
                };
        return pickWrite(body);
    }

    private Request luceneSyntax() {
        String query = encode(pick(LUCENE));
        return switch (random.nextInt(5)) {
            case 0 -> get("/api/search?q=" + query);
            case 1 -> get("/api/search?q=" + query + "&tag=" + query + "&author=" + query);
            case 2 -> get("/api/trends/" + query + "?window=30d");
            case 3 -> get("/api/leaders?topic=" + query);
            default -> get("/api/wordcloud?window=7d&tag=" + query + "&department=" + query);
        };
    }

    private Request scriptTags() {
        String script = pick(SCRIPTS);
        return switch (random.nextInt(8)) {
                // Titles are plain text, stored as sent and shown as text (DashboardSafetyTest): a script
                // there is no attack on the API. As a body format it must be refused.
            case 0 -> post(postJson("script-" + random.nextInt(1000), "A fine title")
                    .replace("\"bodyFormat\":\"text\"", "\"bodyFormat\":" + quoted(script)));
            case 1 -> new Request(
                    "PUT", "/api/posts/" + encode(script) + "/rating", List.of(JSON), bytes("{\"stars\":5}"));
            case 2 -> post(postJson("script-url", "A fine title")
                    .replace("\"source\"", "\"url\":" + quoted(script) + ",\"source\""));
            case 3 -> post(postJson("script-source", "A fine title").replace(quoted(source), quoted(script)));
            case 4 -> get("/api/search?q=" + encode(script) + "&sort=" + encode(script));
            case 5 -> get("/api/trends?window=" + encode(script));
            case 6 -> new Request(
                    "POST",
                    "/api/admin/users",
                    List.of(JSON),
                    bytes("{\"username\": " + quoted(script) + ", \"password\": \"long enough password\","
                            + " \"roles\": [\"employee\"]}"));
            default -> new Request(
                    "POST",
                    "/api/admin/api-keys",
                    List.of(JSON),
                    bytes("{\"name\": \"k\", \"scopes\": [" + quoted(script) + "], \"sources\": [\"*\"]}"));
        };
    }

    private Request pathTricks() {
        long id = post();
        String path = pick(
                "/api/posts/" + id + ";x",
                "/api/posts/" + id + ";..",
                "/api/posts/x/../" + id,
                "/api/posts/%2e%2e/posts/" + id,
                "/api/posts/" + id + "%00",
                "/api/posts/" + id + "%2f..",
                "/api/posts/..%2f" + id,
                "/api/posts/" + id + "%3b",
                "/api/posts/./" + id,
                "/api/x/..%2F..%2Fposts/" + id,
                "/api/admin/../posts/" + id,
                "/api/posts/" + id + "/..",
                "/api/posts/" + id + "\\..\\" + id,
                "/api/posts/" + id + ";jsessionid=x",
                "/api/posts/%2E%2E%2F" + id,
                "/api/posts/" + id + "%0d%0aX-Injected:%201",
                "/api/posts/-" + id,
                "/api/posts/" + id + "0000000000000000000000",
                "/api/posts/" + id + ".json",
                "/api/posts/" + id + "%20",
                "/api/posts/0x" + Long.toHexString(id),
                "/api/posts/" + id + "e0",
                "/../../../../etc/passwd",
                "/api/posts/..%252f" + id);
        return switch (random.nextInt(4)) {
            case 0 -> new Request("DELETE", path, List.of(), new byte[0]);
            case 1 -> new Request("PUT", path + "/rating", List.of(JSON), bytes("{\"stars\": 1}"));
            case 2 -> new Request("DELETE", path + "/rating", List.of(), new byte[0]);
            default -> get(path);
        };
    }

    private Request sqlLooking() {
        String sql = pick(SQL);
        return switch (random.nextInt(8)) {
            case 0 -> get("/api/search?q=" + encode(sql) + "&source=" + encode(sql));
            case 1 -> get("/api/posts?source=" + encode(sql) + "&externalId=" + encode(sql));
            case 2 -> new Request(
                    "PUT", "/api/posts/" + encode(sql) + "/rating", List.of(JSON), bytes("{\"stars\":5}"));
            case 3 -> new Request(
                    "PUT",
                    "/api/posts/" + post() + "/rating",
                    List.of(JSON),
                    bytes("{\"stars\": " + quoted(sql) + "}"));
            case 4 -> post(postJson("sql", "A fine title").replace("\"text\"", quoted(sql)));
            case 5 -> post(postJson("sql", "A fine title").replace("\"2026-11-01T10:00:00Z\"", quoted(sql)));
            case 6 -> new Request("GET", "/api/me", List.of(basic(sql, sql)), new byte[0]);
            default -> new Request("DELETE", "/api/posts/" + encode(sql), List.of(), new byte[0]);
        };
    }

    private Request absurdPaging() {
        String number = pick(
                "-1",
                "0",
                "-2147483648",
                "2147483648",
                "9223372036854775808",
                "99999999999999999999",
                "1e9",
                "NaN",
                "abc",
                "",
                "1.5",
                "0x10",
                "%00",
                "1000000",
                "++1");
        return switch (random.nextInt(7)) {
            case 0 -> get("/api/search?q=team&limit=" + number);
            case 1 -> get("/api/search?q=team&offset=" + number);
            case 2 -> get("/api/posts?source=" + source + "&limit=" + number);
            case 3 -> get("/api/trends?window=7d&limit=" + number);
            case 4 -> get("/api/wordcloud.png?window=7d&width=" + number + "&height=" + number);
            case 5 -> get("/api/wordcloud?window=7d&words=" + number);
            default -> get("/api/trends?window=" + pick(number + "d", "-7d", "99999999d", "0h", number));
        };
    }

    private Request nul() {
        return switch (random.nextInt(7)) {
            case 0 -> post(postJson("nul-" + random.nextInt(1000), "Title " + NUL + " hidden"));
            case 1 -> post(postJson("nul" + NUL + "-" + random.nextInt(1000), "A fine title"));
            case 2 -> new Request(
                    "POST",
                    "/api/posts",
                    List.of(JSON),
                    splice(postJson("nul-raw-" + random.nextInt(1000), "Title RAW"), "RAW", new byte[] {0}));
            case 3 -> new Request(
                    "GET", "/api/me", List.of(basic("admin\u0000", PackagedApp.ADMIN_PASSWORD)), new byte[0]);
            case 4 -> get("/api/search?q=a%00b&tag=%00");
            case 5 -> new Request(
                    "PUT",
                    "/api/posts/" + post() + "/rating",
                    List.of(JSON),
                    bytes("{\"stars\": 3, \"displayName\": \"a\\u0000b\"}"));
            default -> new Request(
                    "POST",
                    "/api/admin/users",
                    List.of(JSON),
                    bytes("{\"username\": \"nul" + random.nextInt(1000)
                            + "\", \"password\": \"long enough\\u0000password\","
                            + " \"roles\": [\"employee\"], \"displayName\": \"x\\u0000\"}"));
        };
    }

    private Request absurdHeaders() {
        String post = postJson("headers-" + random.nextInt(1000), "A fine title");
        List<String> headers = new ArrayList<>();
        headers.add(
                switch (random.nextInt(14)) {
                    case 0 -> "X-Long: " + "x".repeat(pickInt(9_000, 30_000, 70_000));
                    case 1 -> "Content-Type: "
                            + pick(
                                    ";;;",
                                    "application/",
                                    "/json",
                                    "application/json; charset=klingon",
                                    "application/json; charset=\"",
                                    "application/json;;;;q",
                                    "application/json\u0001",
                                    "a/b/c");
                    case 2 -> "Accept: " + pick("*/*;q=abc", "garbage", "application/json;q=2", ";;", "text/html");
                    case 3 -> "Authorization: "
                            + pick(
                                    "Basic !!!!",
                                    "Basic " + b64("no-colon"),
                                    "Bearer gs_x_y",
                                    "Bearer " + "k".repeat(5_000),
                                    "Basic",
                                    "Digest x",
                                    "Bearer gs__");
                    case 4 -> "Content-Length: " + pick("-1", "abc", "1e3", "", "0x10");
                    case 5 -> "Transfer-Encoding: " + pick("gzip", "chunked, identity", "x");
                    case 6 -> "X-HTTP-Method-Override: DELETE";
                    case 7 -> "Content-Encoding: " + pick("gzip", "br", "deflate");
                    case 8 -> "Expect: " + pick("100-continue", "teapot");
                    case 9 -> "X-Requested-With: " + pick(SCRIPTS);
                    case 10 -> "Range: bytes=" + pick("-1", "0-99999999999999999999", "a-b");
                    case 11 -> "Accept-Charset: " + pick("klingon", "utf-16", "*;q=abc");
                    case 12 -> "Cookie: " + "c=1; ".repeat(pickInt(10, 500, 3_000));
                    default -> "If-Modified-Since: " + pick("yesterday", "Mon, 99 Foo 99999 99:99:99 GMT");
                });
        if (random.nextInt(3) == 0) {
            int many = pickInt(200, 1_000);
            for (int i = 0; i < many; i++) {
                headers.add("X-Many-" + i + ": " + i);
            }
        }
        if (headers.stream().noneMatch(h -> h.startsWith("Content-Type"))) {
            headers.add(JSON);
        }
        return switch (random.nextInt(4)) {
            case 0 -> new Request("POST", "/api/posts", headers, bytes(post.replace("A fine title", "")));
            case 1 -> new Request("DELETE", "/api/posts/" + post() + "/x", headers, new byte[0]);
            case 2 -> new Request("PUT", "/api/posts/" + post() + "/rating", headers, bytes("{\"stars\": 9}"));
            default -> new Request("GET", "/api/posts/" + post(), headers, new byte[0]);
        };
    }

    // --- building blocks ------------------------------------------------------------------------

    /** A post every endpoint would accept, before a category spoils it. */
    private String postJson(String externalId, String title) {
        return "{\"source\":" + quoted(source) + ",\"externalId\":" + quoted(externalId) + ",\"title\":" + quoted(title)
                + ",\"body\":\"Body text\",\"bodyFormat\":\"text\",\"author\":{\"id\":\"author-1\","
                + "\"displayName\":\"Author One\",\"department\":\"Research\"},"
                + "\"createdAt\":\"2026-11-01T10:00:00Z\",\"tags\":[\"t\"]}";
    }

    /** The body to one of the write endpoints. */
    private Request pickWrite(String body) {
        return switch (random.nextInt(5)) {
            case 0 -> new Request("POST", "/api/posts", List.of(JSON), bytes(body));
            case 1 -> new Request("POST", "/api/posts/bulk", List.of(JSON), bytes(body));
            case 2 -> new Request("PUT", "/api/posts/" + post() + "/rating", List.of(JSON), bytes(body));
            case 3 -> new Request("POST", "/api/admin/users", List.of(JSON), bytes(body));
            default -> new Request("POST", "/api/admin/stop-words", List.of(JSON), bytes(body));
        };
    }

    private static Request post(String json) {
        return new Request("POST", "/api/posts", List.of(JSON), bytes(json));
    }

    private static Request get(String target) {
        return new Request("GET", target, List.of(), new byte[0]);
    }

    private long post() {
        return posts.get(random.nextInt(posts.size()));
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private int pickInt(int... options) {
        return options[random.nextInt(options.length)];
    }

    private byte[] pickBytes(byte[]... options) {
        return options[random.nextInt(options.length)];
    }

    private static String withTags(String post, int count) {
        StringBuilder tags = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            tags.append(i == 0 ? "" : ",").append("\"tag").append(i).append('"');
        }
        return post.replace("\"tags\":[\"t\"]", "\"tags\":" + tags + "]");
    }

    private static byte[] splice(String template, String marker, byte[] insert) {
        int at = template.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(template.substring(0, at)));
        out.writeBytes(insert);
        out.writeBytes(bytes(template.substring(at + marker.length())));
        return out.toByteArray();
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int chunk = 1 << 20;
        for (int at = 0; at < body.length; at += chunk) {
            int length = Math.min(chunk, body.length - at);
            out.writeBytes(bytes(Integer.toHexString(length) + "\r\n"));
            out.write(body, at, length);
            out.writeBytes(bytes("\r\n"));
        }
        out.writeBytes(bytes("0\r\n\r\n"));
        return out.toByteArray();
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String basic(String user, String password) {
        return "Authorization: Basic " + b64(user + ":" + password);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
