package io.groundswell.identity;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The address a sign-in comes from, as throttling counts it: the direct peer, not a header a client
 * can write. Behind a reverse proxy that is the proxy, unless Quarkus is told to trust its {@code
 * Forwarded} headers (quarkus.http.proxy.*), in which case Vert.x reports the client's address.
 */
final class ClientAddress {

    static final String UNKNOWN = "unknown";

    private ClientAddress() {}

    static String of(RoutingContext context) {
        return context == null ? UNKNOWN : of(context.request());
    }

    static String of(HttpServerRequest request) {
        SocketAddress peer = request == null ? null : request.remoteAddress();
        return peer == null || peer.hostAddress() == null ? UNKNOWN : peer.hostAddress();
    }
}
