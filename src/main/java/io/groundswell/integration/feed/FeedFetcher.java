package io.groundswell.integration.feed;

import io.groundswell.integration.IntegrationsConfig;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches a feed with a conditional GET: the ETag and Last-Modified of the previous answer go
 * back as If-None-Match and If-Modified-Since, so an unchanged feed costs a 304 and no parsing.
 * One deadline covers the whole fetch, body included, so a server that trickles bytes cannot hold
 * a poll; each hop's host is resolved and checked by {@link FeedAddressPolicy} and the checked
 * address is the one connected to (Vert.x's client, because it connects to a given address while
 * sending the URL's host name, for Host, SNI and the certificate check).
 */
@ApplicationScoped
class FeedFetcher {

    /** The answer of a feed server; {@code body} is empty unless the status is 200. */
    record Fetched(int status, byte[] body, String contentType, String etag, String lastModified, URI uri) {}

    /**
     * A fetch that failed. Failures before a server answered all read {@link #UNREACHABLE}, so the
     * error an admin sees does not tell a refused address from a closed port or a silent one; the
     * detail is for the server log.
     */
    static final class Unavailable extends IOException {
        static final String UNREACHABLE = "could not fetch the feed";

        private final String detail;

        Unavailable(String reason, String detail) {
            super(reason, null);
            this.detail = detail;
        }

        String detail() {
            return detail;
        }
    }

    /** One request's answer, and where a redirect points. */
    private record Hop(Fetched fetched, String location) {}

    private static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final FeedAddressPolicy policy;
    private final Duration timeout;
    private final int maxBytes;

    FeedFetcher(IntegrationsConfig config, Vertx vertx) {
        this.timeout = config.feeds().timeout();
        this.maxBytes = config.feeds().maxBytes();
        this.policy = new FeedAddressPolicy(config.feeds().allowedNetworks().orElse(List.of()));
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(false)
                .setForceSni(true)
                .setVerifyHost(true)
                .setMaxPoolSize(Math.max(1, config.feeds().concurrency())));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    Fetched fetch(String url, String etag, String lastModified) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = URI.create(url);
        for (int hop = 0; ; hop++) {
            Hop answer = exchange(uri, address(uri), etag, lastModified, deadline);
            if (!REDIRECTS.contains(answer.fetched().status()) || answer.location() == null) {
                return answer.fetched();
            }
            if (hop == MAX_REDIRECTS) {
                throw new Unavailable("more than " + MAX_REDIRECTS + " redirects", "redirects from " + url);
            }
            try {
                uri = uri.resolve(answer.location().strip());
            } catch (IllegalArgumentException e) {
                throw new Unavailable(Unavailable.UNREACHABLE, "bad redirect from " + uri + ": " + e.getMessage());
            }
        }
    }

    private InetAddress address(URI uri) throws Unavailable {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new Unavailable(Unavailable.UNREACHABLE, "not an http(s) URL: " + uri);
        }
        try {
            return policy.resolve(uri.getHost());
        } catch (IOException | FeedAddressPolicy.Refused e) {
            throw new Unavailable(Unavailable.UNREACHABLE, e.toString());
        }
    }

    private Hop exchange(URI uri, InetAddress address, String etag, String lastModified, long deadline)
            throws IOException, InterruptedException {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(uri.getHost())
                .setPort(port)
                .setSsl(https)
                .setURI(path)
                .setFollowRedirects(false)
                .setConnectTimeout(Math.max(1, remainingMillis(deadline)))
                .putHeader("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8")
                .putHeader("User-Agent", "Groundswell feed reader");
        if (etag != null) {
            options.putHeader("If-None-Match", etag);
        }
        if (lastModified != null) {
            options.putHeader("If-Modified-Since", lastModified);
        }
        CompletableFuture<Hop> answer = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> inFlight = new AtomicReference<>();
        AtomicBoolean answered = new AtomicBoolean();
        client.request(options).onComplete(opened -> {
            if (opened.failed()) {
                answer.completeExceptionally(opened.cause());
                return;
            }
            HttpClientRequest request = opened.result();
            // A request reset for the deadline reports that here rather than as a logged error.
            request.exceptionHandler(answer::completeExceptionally);
            inFlight.set(request);
            if (answer.isDone()) {
                // The deadline passed while connecting.
                request.reset();
                return;
            }
            request.send().onComplete(sent -> {
                if (sent.failed()) {
                    answer.completeExceptionally(sent.cause());
                } else {
                    answered.set(true);
                    read(sent.result(), uri, answer);
                }
            });
        });
        try {
            return answer.get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw answered.get()
                    ? new Unavailable(
                            "the feed server did not send the whole feed within " + timeout.toSeconds() + " s",
                            uri.toString())
                    : new Unavailable(Unavailable.UNREACHABLE, "no answer from " + uri + " within " + timeout);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Unavailable unavailable) {
                throw unavailable;
            }
            throw new Unavailable(Unavailable.UNREACHABLE, uri + ": " + e.getCause());
        } finally {
            // Ends a fetch cut short (deadline, size, interrupt); a no-op for one that completed.
            answer.cancel(false);
            HttpClientRequest request = inFlight.get();
            if (request != null) {
                request.reset();
            }
        }
    }

    private void read(HttpClientResponse response, URI uri, CompletableFuture<Hop> answer) {
        response.exceptionHandler(answer::completeExceptionally);
        int status = response.statusCode();
        String contentType = response.getHeader("Content-Type");
        String etag = response.getHeader("ETag");
        String lastModified = response.getHeader("Last-Modified");
        if (status != 200) {
            answer.complete(new Hop(
                    new Fetched(status, new byte[0], contentType, etag, lastModified, uri),
                    response.getHeader("Location")));
            return;
        }
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (answer.isDone()) {
                return;
            }
            if (body.length() + chunk.length() > maxBytes) {
                answer.completeExceptionally(
                        new Unavailable("the feed is larger than " + maxBytes + " bytes", uri.toString()));
                return;
            }
            body.appendBuffer(chunk);
        });
        response.endHandler(end -> answer.complete(
                new Hop(new Fetched(status, body.getBytes(), contentType, etag, lastModified, uri), null)));
    }

    private static long remainingMillis(long deadline) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }
}
