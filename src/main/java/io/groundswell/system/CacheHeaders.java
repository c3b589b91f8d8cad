package io.groundswell.system;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What browsers and proxies may keep. API answers are personal (they depend on who asks), so they
 * are not stored unless a resource says otherwise; the dashboard's own files are revalidated on
 * every use, so a release reaches browsers at once instead of after the static handler's day of
 * {@code immutable} caching (an unchanged file costs a 304).
 */
@ApplicationScoped
public class CacheHeaders {

    static final String API_DEFAULT = "no-store";
    static final String DASHBOARD_FILES = "no-cache";

    void install(@Observes Router router) {
        router.route().order(-1).handler(CacheHeaders::decideBeforeHeadersLeave);
    }

    private static void decideBeforeHeadersLeave(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        HttpServerResponse response = ctx.response();
        if (path.startsWith("/api/")) {
            ctx.addHeadersEndHandler(v -> {
                if (!response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
                    response.putHeader(HttpHeaders.CACHE_CONTROL, API_DEFAULT);
                }
            });
        } else if (!path.startsWith("/q/")) {
            ctx.addHeadersEndHandler(v -> response.putHeader(HttpHeaders.CACHE_CONTROL, DASHBOARD_FILES));
        }
        ctx.next();
    }
}
