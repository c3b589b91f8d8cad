package io.groundswell.system;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Addresses of the static dashboard that are documented without a trailing slash: the static
 * handler serves {@code embed/cloud/index.html} only at {@code /embed/cloud/}, so the short form
 * that intranet pages put in their iframes redirects there, keeping its query.
 */
@ApplicationScoped
public class DashboardPages {

    static final String EMBED_CLOUD = "/embed/cloud";

    void install(@Observes Router router) {
        router.get(EMBED_CLOUD).handler(DashboardPages::toDirectory);
    }

    private static void toDirectory(RoutingContext ctx) {
        // Vert.x matches an exact route with and without its trailing slash.
        if (ctx.request().path().endsWith("/")) {
            ctx.next();
            return;
        }
        String query = ctx.request().query();
        String target = EMBED_CLOUD + "/" + (query == null || query.isEmpty() ? "" : "?" + query);
        ctx.response()
                .setStatusCode(302)
                .putHeader(HttpHeaders.LOCATION, target)
                .end();
    }
}
