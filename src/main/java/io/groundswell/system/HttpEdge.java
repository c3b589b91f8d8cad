package io.groundswell.system;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Guards at the HTTP edge, before a request reaches a resource: oversized bodies are refused with
 * 413 from their Content-Length (nothing is read or stored), and unknown {@code /api} paths get a
 * problem+json 404 instead of the server's plain page.
 */
@ApplicationScoped
public class HttpEdge {

    private final long maxBodyBytes;

    HttpEdge(GroundswellConfig config) {
        this.maxBodyBytes = config.limits().maxBodyBytes();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limitBodySize);
        router.route("/api/*")
                .order(Integer.MAX_VALUE - 1)
                .handler(ctx ->
                        send(ctx, Problem.of(404, "not-found", "Not Found", "There is nothing at this address.")));
    }

    private void limitBodySize(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long bytes;
            try {
                bytes = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                send(ctx, Problem.of(400, "bad-request", "Bad request", "Content-Length is not a number."));
                return;
            }
            if (bytes > maxBodyBytes) {
                send(
                        ctx,
                        Problem.of(
                                413,
                                "too-large",
                                "Payload too large",
                                "The body has " + bytes + " bytes; the limit is " + maxBodyBytes
                                        + ". Split it, or use /api/imports for large imports."));
                return;
            }
        }
        ctx.next();
    }

    static void send(RoutingContext ctx, Problem problem) {
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(problem));
    }
}
