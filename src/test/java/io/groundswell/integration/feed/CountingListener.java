package io.groundswell.integration.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** A TCP listener that only counts the connections it gets: an internal service that must not be reached. */
final class CountingListener implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();

    CountingListener(String host) {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getByName(host));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accepting = new Thread(
                () -> {
                    while (!socket.isClosed()) {
                        try (Socket ignored = socket.accept()) {
                            connections.incrementAndGet();
                        } catch (IOException closed) {
                            return;
                        }
                    }
                },
                "counting-listener");
        accepting.setDaemon(true);
        accepting.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
