package io.groundswell.integration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JDK HTTP server on 127.0.0.1 (or another loopback address) and a free port, for feeds and
 * webhooks the application talks to.
 */
public final class LocalHttpServer implements AutoCloseable {

    /** A request as the server saw it. */
    public record Seen(String method, String path, String ifNoneMatch, String ifModifiedSince, byte[] body) {}

    private final HttpServer server;
    private final String host;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    public LocalHttpServer() {
        this(0);
    }

    /** On a given port, for a URL that had to be configured before the server could start. */
    public LocalHttpServer(int port) {
        this("127.0.0.1", port);
    }

    /** On a given address, e.g. 127.0.0.2 for a server an allow-list tells apart from 127.0.0.1. */
    public LocalHttpServer(String host, int port) {
        this.host = host;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
    }

    /** Serves {@code path} with the handler, after noting the request. */
    public LocalHttpServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            seen.add(new Seen(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("If-None-Match"),
                    exchange.getRequestHeaders().getFirst("If-Modified-Since"),
                    body));
            handler.handle(exchange);
        });
        return this;
    }

    public String url(String path) {
        return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        if (status == 304 || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
