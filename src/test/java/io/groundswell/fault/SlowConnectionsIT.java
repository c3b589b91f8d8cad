package io.groundswell.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.groundswell.testing.JsonClient;
import io.groundswell.testing.PackagedApp;
import io.groundswell.testing.PostBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slowloris against the packaged application with its default limits: 2,000 connections each
 * trickle a request head, one byte a second per connection, so the idle timeout never fires. A
 * normal search must still be answered promptly meanwhile, and the server must close every slow
 * connection (with a 408) once the head deadline has passed. Before the deadline they were held
 * forever: 20,000 of them exhausted the file descriptors and a normal request waited 50 s. 2,000
 * are enough to show both and stay far below the open-files limit of both processes.
 */
class SlowConnectionsIT {

    private static final int SLOW_CONNECTIONS = 2_000;
    /** groundswell.limits.head-timeout, the default the packaged application runs with. */
    private static final Duration HEAD_TIMEOUT = Duration.ofSeconds(20);
    /** Generous for a loaded 2-core machine: an unloaded one answers in milliseconds. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);
    /** Time past the deadline after which every slow connection must be closed. */
    private static final Duration CLOSE_MARGIN = Duration.ofSeconds(20);

    private static PackagedApp app;
    private static JsonClient admin;

    @BeforeAll
    static void start() throws Exception {
        app = new PackagedApp("slow-connections").start();
        admin = new JsonClient(app.baseUrl(), "admin", PackagedApp.ADMIN_PASSWORD, Duration.ofMinutes(2));
        admin.send(
                "POST",
                "/api/posts",
                PostBuilder.post("slow-" + System.nanoTime(), "p")
                        .title("Quarterly planning")
                        .author("slow-author", "Slow Author", "Research")
                        .build(),
                201);
        // Searchable, signed in and warm before the slow clients arrive, so the timing below measures them.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (admin.get("/api/search?q=quarterly").get("total").asInt() == 0) {
            assertThat(System.nanoTime()).as("the post searchable in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        app.close();
    }

    @Test
    void shouldAnswerNormalRequestsAndCloseSlowConnectionsAtTheHeadDeadline() throws Exception {
        List<Socket> slow = new ArrayList<>();
        AtomicBoolean trickling = new AtomicBoolean(true);
        Thread trickler = new Thread(() -> trickle(slow, trickling), "slowloris");
        try {
            long opened = System.nanoTime();
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", app.port()), 10_000);
                socket.getOutputStream()
                        .write(("GET /api/search?q=slow HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
                                .getBytes(StandardCharsets.ISO_8859_1));
                slow.add(socket);
            }
            long allOpen = System.nanoTime();
            trickler.start();

            long asked = System.nanoTime();
            JsonNode found = admin.get("/api/search?q=quarterly");
            Duration answeredIn = Duration.ofNanos(System.nanoTime() - asked);
            System.out.printf(
                    "SlowConnectionsIT: %d slow connections opened in %.1f s; a normal search answered in %d ms%n",
                    SLOW_CONNECTIONS, (allOpen - opened) / 1e9, answeredIn.toMillis());
            assertThat(found.get("total").asInt()).isPositive();
            assertThat(answeredIn).as("a normal search among slow connections").isLessThan(PROMPTLY);

            // The last connection opened is the last to expire.
            long expectClosedBy = allOpen + HEAD_TIMEOUT.plus(CLOSE_MARGIN).toNanos();
            Thread.sleep(Math.max(0, (expectClosedBy - System.nanoTime()) / 1_000_000));
            trickling.set(false);
            trickler.join(10_000);
            int stillOpen = 0;
            int refusedWith408 = 0;
            for (Socket socket : slow) {
                String answer = closedWith(socket);
                if (answer == null) {
                    stillOpen++;
                } else if (answer.startsWith("HTTP/1.1 408") && answer.contains("application/problem+json")) {
                    refusedWith408++;
                }
            }
            System.out.printf(
                    "SlowConnectionsIT: after %d s, %d still open, %d closed with 408%n",
                    HEAD_TIMEOUT.plus(CLOSE_MARGIN).toSeconds(), stillOpen, refusedWith408);
            assertThat(stillOpen)
                    .as("slow connections still open after the head deadline")
                    .isZero();
            // Not all: a trickled byte that crossed the server's close is answered with a reset,
            // which discards the 408 before it is read.
            assertThat(refusedWith408)
                    .as("slow connections told 408 in problem+json")
                    .isPositive();
            assertThat(admin.get("/api/search?q=quarterly").get("total").asInt())
                    .isPositive();
        } finally {
            trickling.set(false);
            for (Socket socket : slow) {
                closeQuietly(socket);
            }
        }
    }

    /** One more header byte on every slow connection each second, until told to stop. */
    private static void trickle(List<Socket> slow, AtomicBoolean trickling) {
        while (trickling.get()) {
            for (Socket socket : slow) {
                try {
                    socket.getOutputStream().write('a');
                } catch (IOException closedByServer) {
                    // Expected once the deadline passed.
                }
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** What the server sent before closing the connection, or null while it is still open. */
    private static String closedWith(Socket socket) throws IOException {
        socket.setSoTimeout(50);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[512];
        StringBuilder received = new StringBuilder();
        try {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
            return received.toString();
        } catch (SocketTimeoutException open) {
            return null;
        } catch (IOException reset) {
            return received.toString();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing at the end of the test; nothing to do.
        }
    }
}
