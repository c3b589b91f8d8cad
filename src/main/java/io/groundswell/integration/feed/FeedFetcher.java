package io.groundswell.integration.feed;

import io.groundswell.integration.IntegrationsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches a feed with a conditional GET: the ETag and Last-Modified of the previous answer go
 * back as If-None-Match and If-Modified-Since, so an unchanged feed costs a 304 and no parsing.
 */
@ApplicationScoped
class FeedFetcher {

    /** The answer of a feed server; {@code body} is empty unless the status is 200. */
    record Fetched(int status, byte[] body, String contentType, String etag, String lastModified, URI uri) {}

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;

    FeedFetcher(IntegrationsConfig config) {
        this.timeout = config.feeds().timeout();
        this.maxBytes = config.feeds().maxBytes();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    Fetched fetch(String url, String etag, String lastModified) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8")
                .header("User-Agent", "Groundswell feed reader")
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] body = response.statusCode() == 200 ? readAtMost(in) : new byte[0];
            return new Fetched(
                    response.statusCode(),
                    body,
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null),
                    response.uri());
        }
    }

    private byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw new IOException("the feed is larger than " + maxBytes + " bytes");
        }
        return body;
    }
}
