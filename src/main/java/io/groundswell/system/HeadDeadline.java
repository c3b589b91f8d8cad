package io.groundswell.system;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.vertx.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection, with a 408, when its first request head (request line and headers) is not
 * complete within the deadline, however steadily it trickles in: the idle timeout restarts with
 * every byte, so a client sending one header byte every few seconds held a connection, and a file
 * descriptor, for as long as it liked. Sits first in the connection's pipeline and only looks at
 * the bytes; once the blank line that ends the head has arrived it removes itself.
 */
final class HeadDeadline extends ChannelInboundHandlerAdapter {

    /** The first byte of a TLS handshake: the bytes are not readable here, TLS has its own timeout. */
    private static final byte TLS_HANDSHAKE = 0x16;

    private final Duration timeout;
    private final byte[] refusal;
    private ScheduledFuture<?> deadline;
    private boolean started;
    private boolean atLineStart;

    HeadDeadline(Duration timeout) {
        this.timeout = timeout;
        this.refusal = refusal(timeout);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        deadline = ctx.executor().schedule(() -> expire(ctx), timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        boolean headComplete = msg instanceof ByteBuf bytes && headEndsIn(bytes);
        if (headComplete) {
            // Out of the way before the server reads the head: an HTTP/2 upgrade (h2c) rebuilds the
            // pipeline while it handles that read.
            deadline.cancel(false);
            ctx.pipeline().remove(this);
        }
        ctx.fireChannelRead(msg);
    }

    /**
     * Whether these bytes hold the empty line that ends the head. Bare line feeds count as line
     * ends too, as they do for the server's decoder; blank lines before the request line do not.
     */
    private boolean headEndsIn(ByteBuf bytes) {
        for (int i = bytes.readerIndex(); i < bytes.writerIndex(); i++) {
            byte b = bytes.getByte(i);
            if (!started && b == TLS_HANDSHAKE) {
                return true;
            }
            if (b == '\n') {
                if (started && atLineStart) {
                    return true;
                }
                atLineStart = started;
            } else if (b != '\r') {
                started = true;
                atLineStart = false;
            }
        }
        return false;
    }

    private void expire(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(refusal)).addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** The whole answer as bytes: no HTTP encoder runs before a request head has been decoded. */
    private static byte[] refusal(Duration timeout) {
        byte[] body = Json.encode(Problem.of(
                        408,
                        "request-timeout",
                        "Request Timeout",
                        "The request line and headers did not arrive within " + timeout.toSeconds() + " s."))
                .getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 408 Request Timeout\r\n"
                + "Content-Type: " + Problem.MEDIA_TYPE + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "X-Content-Type-Options: nosniff\r\n"
                + "Connection: close\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }
}
