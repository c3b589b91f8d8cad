package io.groundswell.fault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a bare socket, one request per connection: the bytes go out exactly as written,
 * so a test can send what no well-behaved client library would — dot segments, raw NUL bytes,
 * invalid UTF-8, contradictory headers, a Content-Length that lies.
 */
final class RawHttp {

    /** A request as bytes on the wire. The target and header lines are sent as ISO-8859-1. */
    record Request(String method, String target, List<String> headers, byte[] body) {

        String describe() {
            String shown = target.length() > 120 ? target.substring(0, 120) + "…" : target;
            return method + " " + shown.replaceAll("[^\\x20-\\x7e]", "?") + " (" + body.length + " body bytes)";
        }
    }

    /** What came back; {@code status} 0 when the server closed the connection without answering. */
    record Response(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final String host;
    private final int port;

    RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    Response send(Request request) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder();
            head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
            head.append("Host: ").append(host).append(':').append(port).append("\r\n");
            head.append("Connection: close\r\n");
            boolean framed = false;
            for (String header : request.headers()) {
                head.append(header).append("\r\n");
                String name = header.toLowerCase(Locale.ROOT);
                framed |= name.startsWith("content-length:") || name.startsWith("transfer-encoding:");
            }
            if (!framed && (request.body().length > 0 || !request.method().equals("GET"))) {
                head.append("Content-Length: ").append(request.body().length).append("\r\n");
            }
            head.append("\r\n");
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(request.body());
                out.flush();
            } catch (SocketException refusedMidway) {
                // The server may answer (413, 400) and close before reading everything: read what it said.
            }
            return read(socket.getInputStream());
        }
    }

    /** Reads one response, framed by Content-Length or chunks, or else by the end of the stream. */
    private static Response read(InputStream raw) throws IOException {
        var in = new java.io.BufferedInputStream(raw);
        String statusLine;
        try {
            statusLine = line(in);
        } catch (SocketException reset) {
            return new Response(0, Map.of(), new byte[0]);
        }
        if (statusLine == null || !statusLine.startsWith("HTTP/")) {
            return new Response(0, Map.of(), new byte[0]);
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        while (status >= 100 && status < 200) {
            // An interim answer such as 100 Continue: skip its headers, the real one follows.
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {}
            statusLine = line(in);
            if (statusLine == null || !statusLine.startsWith("HTTP/")) {
                return new Response(0, Map.of(), new byte[0]);
            }
            status = Integer.parseInt(statusLine.split(" ")[1]);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(
                    header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    header.substring(colon + 1).trim());
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
                out.write(in.readNBytes(size));
                line(in);
            }
            body = out.toByteArray();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headers, body);
    }

    private static int chunkSize(String line) {
        if (line == null) {
            return 0;
        }
        int semicolon = line.indexOf(';');
        return Integer.parseInt((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
    }

    /** A CRLF-terminated line as ISO-8859-1, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
