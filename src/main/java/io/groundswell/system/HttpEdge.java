package io.groundswell.system;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Guards at the HTTP edge, before a request reaches a resource: paths and Content-Types that
 * layers would read differently are refused ({@link RequestShape}), oversized bodies are refused with
 * 413 from their Content-Length (nothing is read or stored), and unknown {@code /api} paths get a
 * problem+json 404 instead of the server's plain page. Uploads to {@code /api/imports} may be
 * larger: they are spooled to disk, so quarkus.http.limits.max-body-size is set to their limit
 * and the tighter limit of every other path is applied here, to chunked bodies too. Public webhooks
 * ({@code /api/integrations}) get a smaller limit still: anyone may send them, and their body is
 * read before its signature can be checked.
 */
@ApplicationScoped
public class HttpEdge {

    private static final String IMPORTS = "/api/imports";
    private static final String WEBHOOKS = "/api/integrations/";

    /**
     * The routing-context key under which Quarkus's limit handler leaves the body limit that Quarkus
     * REST applies to chunked bodies. Named here rather than imported, so nothing is compiled against
     * a class of the Quarkus runtime; the key itself remains Quarkus's and is checked on upgrades.
     */
    private static final String CHUNKED_LIMIT_KEY = "io.quarkus.max-request-size";

    private final long maxBodyBytes;
    private final long maxImportBytes;
    private final long maxWebhookBytes;

    HttpEdge(GroundswellConfig config) {
        this.maxBodyBytes = config.limits().maxBodyBytes();
        this.maxImportBytes = config.limits().maxImportBytes();
        this.maxWebhookBytes = config.limits().maxWebhookBytes();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseAmbiguousRequests);
        router.route().order(Integer.MIN_VALUE + 1).handler(this::limitBodySize);
        // After Quarkus's own limit handler (order -2), which sets the limit for chunked bodies.
        router.route().order(-1).handler(ctx -> {
            if (ctx.get(CHUNKED_LIMIT_KEY) != null) {
                ctx.put(CHUNKED_LIMIT_KEY, limitFor(ctx));
            }
            ctx.next();
        });
        router.route("/api/*")
                .order(Integer.MAX_VALUE - 1)
                .handler(ctx ->
                        send(ctx, Problem.of(404, "not-found", "Not Found", "There is nothing at this address.")));
    }

    /**
     * Refuses paths and headers that different layers would read differently. The router
     * normalises {@code x/../3} to {@code 3} and the REST layer drops {@code ;matrix} parameters,
     * so {@code DELETE /api/posts/4;..} deleted post 4: no Groundswell address has a dot segment,
     * a semicolon, an encoded slash or backslash, or a control character, so such paths get a 400
     * before routing. A Content-Type that does not parse is a 400 too, not an error deep inside.
     */
    private void refuseAmbiguousRequests(RoutingContext ctx) {
        String why = RequestShape.pathProblem(ctx.request().path());
        if (why == null) {
            why = RequestShape.contentTypeProblem(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
        }
        if (why != null) {
            send(ctx, Problem.of(400, "bad-request", "Bad request", why));
            return;
        }
        ctx.next();
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
            long limit = limitFor(ctx);
            if (bytes > limit) {
                send(
                        ctx,
                        Problem.of(
                                413,
                                "too-large",
                                "Payload too large",
                                "The body has " + bytes + " bytes; the limit is " + limit
                                        + ". Split it, or use /api/imports for large imports."));
                return;
            }
        }
        ctx.next();
    }

    private long limitFor(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.equals(IMPORTS) || path.startsWith(IMPORTS + "/")) {
            return maxImportBytes;
        }
        return path.startsWith(WEBHOOKS) ? Math.min(maxWebhookBytes, maxBodyBytes) : maxBodyBytes;
    }

    static void send(RoutingContext ctx, Problem problem) {
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                // Not closed at once: a client still sending its body would get a broken pipe
                // instead of this answer; the server closes once the request is over.
                .end(Json.encode(problem));
    }
}
