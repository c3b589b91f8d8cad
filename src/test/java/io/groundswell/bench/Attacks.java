package io.groundswell.bench;

import io.groundswell.testing.JsonClient;
import io.groundswell.testing.PostBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The denial-of-service attacks of the hardening issue, as {@link Attack}s against one running
 * application: each is what an attacker would send, bounded in threads and time.
 */
final class Attacks {

    static final String WEBHOOK_PATH = "/api/integrations/discourse";
    static final String WEBHOOK_INSTANCE = "https://forum.example";
    private static final String CLOSED = "closed before the answer";

    private final String baseUrl;
    private final int port;

    Attacks(String baseUrl, int port) {
        this.baseUrl = baseUrl;
        this.port = port;
    }

    /**
     * Titles that made the title regex backtrack quadratically: refused by size before any regex.
     * The body is serialised once, as an attacker would, so the generator spends its CPU on sending.
     */
    Attack quadraticTitles(String username, String password, int threads, Duration duration) throws IOException {
        byte[] post = JsonClient.JSON.writeValueAsBytes(PostBuilder.post("dos", "quadratic-title")
                .title("<a".repeat(32 * 1024))
                .build());
        String authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        ThreadLocal<HttpClient> clients = ThreadLocal.withInitial(Attacks::http);
        return Attack.repeating(
                ResultsTable.f("%d employees posting 64k-character titles of <a<a<a…", threads),
                threads,
                duration,
                () -> status(() -> clients.get()
                        .send(
                                HttpRequest.newBuilder(URI.create(baseUrl + "/api/posts"))
                                        .timeout(Duration.ofSeconds(30))
                                        .header("Authorization", authorization)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(post))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode()));
    }

    /**
     * Slowloris: connections that send a request head one byte a second, which the idle timeout
     * never catches; the head deadline closes them (with a 408 where the client still reads).
     */
    Attack slowloris(int connections, Duration duration) {
        return Attack.of(
                ResultsTable.f("%,d slowloris connections, one header byte a second", connections),
                1,
                duration,
                attack -> {
                    List<Socket> open = new ArrayList<>(connections);
                    try {
                        for (int i = 0; i < connections && attack.running(); i++) {
                            Socket socket = openSlowly(attack);
                            if (socket != null) {
                                open.add(socket);
                            }
                        }
                        attack.underWay();
                        while (attack.running() && !open.isEmpty()) {
                            trickle(open, attack);
                            Thread.sleep(1_000);
                        }
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    } finally {
                        attack.count("still open when stopped", open.size());
                        for (Socket socket : open) {
                            closeQuietly(socket);
                        }
                    }
                });
    }

    private Socket openSlowly(Attack attack) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.getOutputStream()
                    .write("GET /api/search?q=slow HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
                            .getBytes(StandardCharsets.ISO_8859_1));
            attack.count("opened");
            return socket;
        } catch (IOException refused) {
            attack.count("refused at connect");
            closeQuietly(socket);
            return null;
        }
    }

    /** One more byte on each open connection; what the server closed is counted and dropped. */
    private static void trickle(List<Socket> open, Attack attack) {
        for (Iterator<Socket> it = open.iterator(); it.hasNext(); ) {
            Socket socket = it.next();
            try {
                InputStream in = socket.getInputStream();
                if (in.available() > 0) {
                    byte[] answer = new byte[Math.min(in.available(), 64)];
                    int read = in.read(answer);
                    String head = new String(answer, 0, Math.max(read, 0), StandardCharsets.ISO_8859_1);
                    attack.count(head.startsWith("HTTP/1.1 408") ? "408, then closed" : "another answer, then closed");
                    closeQuietly(socket);
                    it.remove();
                    continue;
                }
                socket.getOutputStream().write('a');
            } catch (IOException reset) {
                attack.count("closed without an answer");
                closeQuietly(socket);
                it.remove();
            }
        }
    }

    /** Unsigned webhook deliveries far beyond the webhook limit: refused before they are read. */
    Attack oversizedWebhooks(int threads, int bodyBytes, Duration duration) {
        byte[] body = new byte[bodyBytes];
        Arrays.fill(body, (byte) 'x');
        ThreadLocal<HttpClient> clients = ThreadLocal.withInitial(Attacks::http);
        return Attack.repeating(
                ResultsTable.f("%d concurrent %d MB webhook bodies with a bad signature", threads, bodyBytes >> 20),
                threads,
                duration,
                () -> status(() -> clients.get()
                        .send(
                                HttpRequest.newBuilder(URI.create(baseUrl + WEBHOOK_PATH))
                                        .timeout(Duration.ofSeconds(30))
                                        .header("Content-Type", "application/json")
                                        .header("X-Discourse-Event", "post_created")
                                        .header("X-Discourse-Instance", WEBHOOK_INSTANCE)
                                        .header("X-Discourse-Event-Signature", "sha256=" + "0".repeat(64))
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode()));
    }

    /**
     * Raters that together want more connections than the pool holds: each rating is a write
     * transaction, and a request that waits too long for a connection is answered 503.
     */
    Attack raters(String username, String password, int threads, List<Long> posts, Duration duration) {
        ThreadLocal<JsonClient> clients =
                ThreadLocal.withInitial(() -> new JsonClient(baseUrl, username, password, Duration.ofSeconds(30)));
        return Attack.repeating(ResultsTable.f("%d concurrent raters", threads), threads, duration, () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String path = "/api/posts/" + posts.get(random.nextInt(posts.size())) + "/rating";
            Map<String, Object> rating = Map.of("stars", 1 + random.nextInt(5));
            return status(() -> clients.get().exchange("PUT", path, rating).status());
        });
    }

    /**
     * Feeds on a server that trickles one byte at a time: each thread has the application poll its
     * feed, which holds a feed worker until the whole-fetch deadline ends the poll.
     */
    Attack tricklingFeeds(JsonClient admin, List<Long> feeds, Duration duration) {
        AtomicInteger next = new AtomicInteger();
        ThreadLocal<Long> feed = ThreadLocal.withInitial(() -> feeds.get(next.getAndIncrement() % feeds.size()));
        return Attack.repeating(
                ResultsTable.f("the application polling %d feeds that trickle a byte every 100 ms", feeds.size()),
                feeds.size(),
                duration,
                () -> status(() -> admin.exchange("POST", "/api/admin/feeds/" + feed.get() + "/poll", null)
                        .status()));
    }

    /** Searches with a 9 KB query string: within the request-line limit, refused by the application. */
    Attack longSearchUrls(String username, String password, int threads, Duration duration) {
        StringBuilder query = new StringBuilder("/api/search?q=");
        while (query.length() < 9 * 1024) {
            query.append("quarterly+planning+");
        }
        String target = query.toString();
        ThreadLocal<JsonClient> clients =
                ThreadLocal.withInitial(() -> new JsonClient(baseUrl, username, password, Duration.ofSeconds(30)));
        return Attack.repeating(
                ResultsTable.f("%d clients sending 9 KB search URLs in a loop", threads),
                threads,
                duration,
                () -> status(() -> clients.get().exchange("GET", target, null).status()));
    }

    private static HttpClient http() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private interface Exchange {
        int status() throws IOException, InterruptedException;
    }

    private static String status(Exchange exchange) throws InterruptedException {
        try {
            return Integer.toString(exchange.status());
        } catch (IOException closed) {
            return CLOSED;
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            // nothing left to release
        }
    }
}
