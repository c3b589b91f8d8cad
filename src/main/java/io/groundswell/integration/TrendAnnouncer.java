package io.groundswell.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groundswell.trend.TrendReport;
import io.groundswell.trend.TrendSnapshotsRefreshed;
import io.groundswell.trend.TrendTerm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Tells a chat channel when a term enters the top of a window's trends, through a Slack- or
 * Mattermost-compatible incoming webhook ({@code {"text": ...}}): one message per window and
 * refresh, naming the terms new to its top, each term at most once per window. Runs as an
 * asynchronous observer with a timeout, and failures are logged, so a slow or broken chat server
 * never holds up or breaks the trend snapshots.
 */
@ApplicationScoped
public class TrendAnnouncer {

    private static final Logger LOG = Logger.getLogger(TrendAnnouncer.class);
    private static final Map<String, String> WINDOWS = Map.of(
            "24h", "the last 24 hours", "7d", "the last 7 days", "30d", "the last 30 days", "90d", "the last 90 days");

    private final Optional<URI> webhook;
    private final Duration timeout;
    private final int top;
    private final TrendAnnouncements announcements;
    private final ObjectMapper mapper;
    private final HttpClient client;

    TrendAnnouncer(IntegrationsConfig config, TrendAnnouncements announcements, ObjectMapper mapper) {
        this.webhook = config.outbound().webhookUrl();
        this.timeout = config.outbound().timeout();
        this.top = config.outbound().top();
        this.announcements = announcements;
        this.mapper = mapper;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    synchronized void onRefreshed(@ObservesAsync TrendSnapshotsRefreshed refreshed) {
        if (webhook.isEmpty()) {
            return;
        }
        refreshed.snapshots().forEach((window, report) -> {
            try {
                announce(window, report);
            } catch (PersistenceException e) {
                LOG.warnf("Trend announcements for %s skipped: %s", window, e.getMessage());
            }
        });
    }

    private void announce(String window, TrendReport report) {
        List<TrendTerm> leaders =
                report.terms().subList(0, Math.min(top, report.terms().size()));
        Set<String> claimed =
                announcements.claim(window, leaders.stream().map(TrendTerm::key).toList());
        if (claimed.isEmpty()) {
            return;
        }
        List<TrendTerm> entered =
                leaders.stream().filter(t -> claimed.contains(t.key())).toList();
        try {
            send(text(window, entered));
            LOG.infof("Announced %d terms new to the top %d of %s", entered.size(), top, window);
        } catch (IOException e) {
            LOG.warnf("The trend webhook failed (%s); the terms are announced at the next refresh", e.getMessage());
            announcements.release(window, claimed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            announcements.release(window, claimed);
        }
    }

    private String text(String window, List<TrendTerm> entered) {
        String terms = entered.stream()
                .map(t -> "\"" + t.term() + "\" (" + t.posts() + (t.posts() == 1 ? " post" : " posts")
                        + (t.isNew() ? ", new" : "") + ")")
                .collect(Collectors.joining(", "));
        String period = WINDOWS.getOrDefault(window, window.toLowerCase(Locale.ROOT));
        return "Trending in " + period + ", new in the top " + top + ": " + terms;
    }

    private void send(String text) throws IOException, InterruptedException {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(Map.of("text", text));
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(webhook.get())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the webhook answered HTTP " + response.statusCode());
        }
    }
}
