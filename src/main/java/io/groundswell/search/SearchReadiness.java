package io.groundswell.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the index is open and holds what the database held at start (rebuilt or caught
 * up); until then searches would miss posts, so traffic should go elsewhere.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    private final Indexer indexer;
    private final SearchIndex index;
    private final IndexFeed feed;

    SearchReadiness(Indexer indexer, SearchIndex index, IndexFeed feed) {
        this.indexer = indexer;
        this.index = index;
        this.feed = feed;
    }

    @Override
    public HealthCheckResponse call() {
        IndexStatus status = indexer.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("search-index")
                .withData("state", status.state().wireName());
        if (status.error() != null) {
            response.withData("error", status.error());
        }
        if (status.state() != IndexStatus.State.READY) {
            response.withData("indexed", status.indexed()).withData("total", status.total());
        }
        if (!status.serving()) {
            return response.down().build();
        }
        return response.withData("documents", index.documentCount())
                .withData("pending", feed.queueSize())
                .up()
                .build();
    }
}
