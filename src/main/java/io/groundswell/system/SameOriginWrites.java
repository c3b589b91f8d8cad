package io.groundswell.system;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses writes to the API that a browser sends on behalf of another page. A browser attaches
 * the credentials it holds for this origin to a form or script of any other host, so a page
 * elsewhere on the intranet could post as whoever is signed in here. Browsers say where a request
 * comes from ({@code Sec-Fetch-Site}, or {@code Origin} in older ones); integrations send neither
 * and are not affected. Bodies must also say what they are: a body without a Content-Type, which
 * a plain form or a careless script sends, is refused instead of being read as JSON.
 */
@ApplicationScoped
public class SameOriginWrites {

    private static final Set<HttpMethod> UNSAFE =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    /** Webhooks are signed by their sender, and come from servers, not from browsers. */
    private static final String WEBHOOKS = "/api/integrations/";

    void install(@Observes Router router) {
        router.route("/api/*").order(0).handler(SameOriginWrites::check);
    }

    private static void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!UNSAFE.contains(request.method()) || ctx.normalizedPath().startsWith(WEBHOOKS)) {
            ctx.next();
            return;
        }
        if (crossSite(request)) {
            HttpEdge.send(
                    ctx,
                    Problem.of(
                            403,
                            "cross-site-request",
                            "Cross-site request refused",
                            "Changes can only be made from Groundswell's own pages or by an integration."));
            return;
        }
        if (hasBody(request) && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            HttpEdge.send(
                    ctx,
                    Problem.of(
                            415,
                            "unsupported-media-type",
                            "Unsupported Media Type",
                            "Say what the body is: send Content-Type: application/json (or the type the"
                                    + " endpoint documents)."));
            return;
        }
        ctx.next();
    }

    static boolean crossSite(HttpServerRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            // "none" is a request the person made themselves (typed, bookmarked).
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && !sameAuthority(origin, request.getHeader(HttpHeaders.HOST));
    }

    /**
     * Compares host and port only: behind a proxy that ends TLS the page's origin is https while
     * this server is reached over http, under the same host name.
     */
    private static boolean sameAuthority(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            return withoutDefaultPort(authority).equalsIgnoreCase(withoutDefaultPort(host));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String withoutDefaultPort(String authority) {
        String lower = authority.toLowerCase(Locale.ROOT);
        if (lower.endsWith(":80")) {
            return lower.substring(0, lower.length() - 3);
        }
        return lower.endsWith(":443") ? lower.substring(0, lower.length() - 4) : lower;
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }
}
