package io.groundswell.integration.discourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The webhook is public and its body is read before its signature can be checked, so a body
 * larger than groundswell.limits.max-webhook-bytes (1 MB) is refused without being read: from its
 * Content-Length when it has one, else as its chunks arrive.
 */
@QuarkusTest
class DiscourseWebhookLimitTest {

    private static final int MB = 1024 * 1024;
    private static final String BAD_SIGNATURE = "sha256=" + "0".repeat(64);

    @TestHTTPResource("/api/integrations/discourse")
    URL webhook;

    @Test
    void shouldRefuseADeclaredOversizedBodyBeforeItArrives() throws IOException {
        try (Socket socket = new Socket(webhook.getHost(), webhook.getPort())) {
            // Far less than declared is sent: an answer can only come from the Content-Length.
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head("Content-Length: " + 15 * MB));
            out.write("{\"post\": {\"id\": 1, \"cooked\": \"".getBytes(StandardCharsets.UTF_8));
            out.flush();

            String response = readResponse(socket.getInputStream());

            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("application/problem+json"), response);
            assertTrue(response.contains("\"status\":413"), response);
        }
    }

    @Test
    void shouldRefuseAnOversizedChunkedBodyWithoutReadingItAll() throws Exception {
        try (Socket socket = new Socket(webhook.getHost(), webhook.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            // Written while the answer is read: the server stops reading and closes after it answers.
            // 8 MB: within the limit of other paths, so only the webhook's own limit refuses it.
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> sendChunks(out, 8 * MB));

            String response = readResponse(socket.getInputStream());

            // Not 401: the signature is wrong, but the body was refused before it was checked.
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            sending.get();
        }
    }

    @Test
    void shouldStillVerifyABodyWithinTheLimit() throws IOException {
        byte[] body = new byte[MB - 4096];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        try (Socket socket = new Socket(webhook.getHost(), webhook.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head("Content-Length: " + body.length));
            out.write(body);
            out.flush();

            String response = readResponse(socket.getInputStream());

            assertEquals("HTTP/1.1 401", response.substring(0, 12), response);
        }
    }

    private byte[] head(String framing) {
        return ("POST " + webhook.getPath() + " HTTP/1.1\r\n"
                        + "Host: " + webhook.getHost() + ":" + webhook.getPort() + "\r\n"
                        + "Content-Type: application/json\r\n"
                        + "X-Discourse-Event: post_created\r\n"
                        + "X-Discourse-Instance: " + DiscourseDeliveries.INSTANCE + "\r\n"
                        + "X-Discourse-Event-Signature: " + BAD_SIGNATURE + "\r\n"
                        + framing + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Sends {@code total} bytes in 64 KB chunks, or fewer when the server closes the connection. */
    private void sendChunks(OutputStream out, int total) {
        long sent = 0;
        try {
            out.write(head("Transfer-Encoding: chunked"));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            while (sent < total) {
                out.write(size);
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                sent += chunk.length;
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException closedByServer) {
            // Expected: the server closes the connection once it has answered 413.
        }
    }

    /** The status line, headers and whatever body arrives before the server closes or pauses. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                response.write(buffer, 0, n);
                String text = response.toString(StandardCharsets.ISO_8859_1);
                int headEnd = text.indexOf("\r\n\r\n");
                if (headEnd >= 0 && complete(text, headEnd)) {
                    break;
                }
            }
        } catch (IOException reset) {
            // A reset after the answer arrived: what was read is the answer.
        }
        return response.toString(StandardCharsets.UTF_8);
    }

    private static boolean complete(String text, int headEnd) {
        String head = text.substring(0, headEnd).toLowerCase(Locale.ROOT);
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int end = head.indexOf("\r\n", at);
        long length = Long.parseLong(
                head.substring(at + 15, end < 0 ? head.length() : end).trim());
        return text.length() - headEnd - 4 >= length;
    }
}
