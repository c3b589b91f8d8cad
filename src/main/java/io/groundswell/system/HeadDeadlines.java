package io.groundswell.system;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ServerSocketChannel;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gives every new HTTP connection a {@link HeadDeadline}. Neither Quarkus nor Vert.x offers a
 * deadline for the request head, nor a way to add a handler to the connections of the server
 * Quarkus creates; so the first request routed here leads to the listening socket (the parent of
 * its connection), and a handler placed there adds a deadline to each connection it accepts from
 * then on. Until that first request (a readiness probe, usually within seconds of start), new
 * connections have only the idle timeout. Reaching the socket uses one Vert.x internal, {@link
 * ConnectionBase#channel()}; if a Vert.x upgrade changes it, the guard stays off and HeadDeadlineTest
 * fails.
 */
@ApplicationScoped
public class HeadDeadlines {

    private static final String ACCEPTOR = "groundswell-head-deadlines";

    private final Duration timeout;
    private final AtomicBoolean installed = new AtomicBoolean();

    HeadDeadlines(GroundswellConfig config) {
        this.timeout = config.limits().headTimeout();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (!installed.get()) {
                guardServerOf(ctx.request().connection());
            }
            ctx.next();
        });
    }

    private void guardServerOf(HttpConnection connection) {
        // Only a TCP listener: requests may also arrive over Quarkus's in-memory channel.
        if (connection instanceof ConnectionBase base
                && base.channel().parent() instanceof ServerSocketChannel server
                && installed.compareAndSet(false, true)
                // A live reload in dev mode makes a new bean; the listening socket stays.
                && server.pipeline().get(ACCEPTOR) == null) {
            server.pipeline().addFirst(ACCEPTOR, new Acceptor());
        }
    }

    /** Sees each accepted connection before the server sets it up, and puts the deadline first. */
    @ChannelHandler.Sharable
    private final class Acceptor extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof Channel accepted) {
                accepted.pipeline().addFirst("groundswell-head-deadline", new HeadDeadline(timeout));
            }
            ctx.fireChannelRead(msg);
        }
    }
}
