package io.groundswell.integration.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A feed server that answers at once with headers announcing a large feed, then sends one byte of
 * it at a time, slowly, for at most a minute: the server that used to hold a poll for minutes.
 */
public final class TricklingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Duration everyByte;
    private final List<Instant> connections = new CopyOnWriteArrayList<>();

    public TricklingServer(String host, Duration everyByte) {
        this.everyByte = everyByte;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getByName(host));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accepting = new Thread(this::accept, "trickling-server");
        accepting.setDaemon(true);
        accepting.start();
    }

    public String url(String path) {
        return "http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort() + path;
    }

    /** When each connection was accepted. */
    public List<Instant> connections() {
        return List.copyOf(connections);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.add(Instant.now());
                Thread trickle = new Thread(() -> trickle(connection), "trickle");
                trickle.setDaemon(true);
                trickle.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void trickle(Socket connection) {
        try (connection;
                InputStream in = connection.getInputStream();
                OutputStream out = connection.getOutputStream()) {
            readRequestHead(in);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 100000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Instant end = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(end)) {
                out.write(' ');
                out.flush();
                Thread.sleep(everyByte.toMillis());
            }
        } catch (IOException | InterruptedException gone) {
            // The client hung up: what a deadline does.
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0; b = in.read()) {
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
            if (matched == end.length) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
