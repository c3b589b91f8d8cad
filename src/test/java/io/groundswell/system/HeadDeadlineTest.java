package io.groundswell.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connection must deliver its request head within the head timeout (here one second), however
 * steadily it trickles; a head that arrives in pieces within it, or a body that takes longer, is
 * served as usual.
 */
@QuarkusTest
@TestProfile(HeadDeadlineTest.OneSecond.class)
class HeadDeadlineTest {

    public static class OneSecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("groundswell.limits.head-timeout", "PT1S");
        }
    }

    @BeforeEach
    void firstRequestArmsTheGuard() {
        RestAssured.get("/q/health/live").then().statusCode(200);
    }

    /** The JDK's client, like others, asks plain-HTTP servers to upgrade to HTTP/2 in its first head. */
    @Test
    void shouldServeAClientThatUpgradesToHttp2() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/q/health/live"))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldCloseATricklingHeadWith408() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(ascii("GET /api/search?q=x HTTP/1.1\r\nHost: localhost\r\nX-Slow: "));
            long start = System.nanoTime();
            String answer = null;
            // One byte every 200 ms would keep any idle timeout from firing. Look for an answer
            // before each byte: a byte sent after the server closed would reset the connection.
            for (int i = 0; i < 100 && answer == null; i++) {
                Thread.sleep(200);
                if (socket.getInputStream().available() > 0) {
                    answer = readAll(socket.getInputStream());
                } else {
                    out.write('a');
                }
            }
            assertThat((System.nanoTime() - start) / 1e9)
                    .as("seconds until closed")
                    .isLessThan(15.0);
            assertThat(answer)
                    .as("answer to a trickled head")
                    .startsWith("HTTP/1.1 408")
                    .contains("application/problem+json")
                    .contains("X-Content-Type-Options: nosniff");
        }
    }

    @Test
    void shouldServeAHeadSentInPiecesWithinTheDeadline() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            for (String piece : new String[] {"GET /q/health/li", "ve HTTP/1.1\r\nHost: local", "host\r\n", "\r\n"}) {
                out.write(ascii(piece));
                out.flush();
                Thread.sleep(100);
            }
            assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void shouldNotCutOffABodySlowerThanTheDeadline() throws Exception {
        byte[] body = ascii("{\"stars\": 9}");
        String credentials = Base64.getEncoder().encodeToString(ascii("admin:" + Api.ADMIN_PASSWORD));
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(ascii("PUT /api/posts/1/rating HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n"));
            out.flush();
            // Half the body, then a pause past the head deadline, then the rest.
            out.write(body, 0, body.length / 2);
            out.flush();
            Thread.sleep(2_500);
            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            // The stars are out of range: the application read the whole body and answered.
            assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 400");
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            head.write(b);
            if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String readAll(InputStream in) throws IOException {
        try {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException reset) {
            return "";
        }
    }
}
