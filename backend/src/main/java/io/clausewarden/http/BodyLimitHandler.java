package io.clausewarden.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Counts the body bytes of each HTTP/1.1 request on one connection as they arrive, chunked or not, and
 * refuses a body the moment it passes the limit for its content type (a declared Content-Length over the
 * limit is refused on the head, before any of the body is read). The refusal is raised into the request's
 * body stream, so the request fails the ordinary way: {@link BodyTooLargeHandler} answers 413 problem+json
 * through the filters like every other answer. The rest of a refused body is dropped unread by the server,
 * up to {@code discardCap} bytes, after which the connection is closed. A compressed body (Content-Encoding)
 * is refused with 415 on its head.
 */
final class BodyLimitHandler extends ChannelDuplexHandler {
    static final String NAME = "clausewarden-body-limits";

    private final BodyLimits limits;
    private final long discardCap;

    private BodyLimits.Limit limit;
    private long received;
    private boolean refused;
    private long requestsSeen;
    private long responsesStarted;

    BodyLimitHandler(BodyLimits limits, long discardCap) {
        this.limits = limits;
        this.discardCap = discardCap;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest head) {
            requestsSeen++;
            received = 0;
            refused = false;
            limit = limits.forContentType(head.headers().get(HttpHeaderNames.CONTENT_TYPE));
            // Read before forwarding: the server's handler rewrites the headers of a compressed body.
            boolean compressed = compressed(head);
            long declared = declaredLength(head);
            ctx.fireChannelRead(msg);
            if (compressed) {
                // Counting compressed bytes would let a small body inflate far past its limit.
                refuse(ctx, new ApiProblem(ApiProblem.Kind.UNSUPPORTED_MEDIA_TYPE,
                        "Compressed request bodies (Content-Encoding) are not accepted; send the body uncompressed."));
            } else if (declared > limit.bytes()) {
                refuse(ctx);
            }
            if (msg instanceof HttpContent content) {
                count(ctx, content);
            }
            return;
        }
        if (msg instanceof HttpContent content && limit != null) {
            if (count(ctx, content)) {
                ctx.fireChannelRead(msg);
            }
            if (msg instanceof LastHttpContent) {
                limit = null;
            }
            return;
        }
        ctx.fireChannelRead(msg);
    }

    /** Counts a piece of body; false when the connection was closed instead (the piece is released). */
    private boolean count(ChannelHandlerContext ctx, HttpContent content) {
        received += content.content().readableBytes();
        if (!refused && received > limit.bytes()) {
            refuse(ctx);
        }
        if (refused && received - limit.bytes() > discardCap) {
            content.release();
            ctx.close();
            return false;
        }
        return true;
    }

    private void refuse(ChannelHandlerContext ctx) {
        refuse(ctx, new BodyTooLargeException(limit));
    }

    private void refuse(ChannelHandlerContext ctx, RuntimeException reason) {
        refused = true;
        // Once the answer to this request has begun, the server has already let go of its body: nothing to fail.
        if (responsesStarted < requestsSeen) {
            ctx.fireExceptionCaught(reason);
        }
    }

    private static boolean compressed(HttpRequest head) {
        String encoding = head.headers().get(HttpHeaderNames.CONTENT_ENCODING);
        return encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.trim())
                && (HttpUtil.isTransferEncodingChunked(head) || declaredLength(head) > 0);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof HttpResponse response && response.status().codeClass() != HttpStatusClass.INFORMATIONAL) {
            responsesStarted++;
        }
        super.write(ctx, msg, promise);
    }

    private static long declaredLength(HttpRequest head) {
        try {
            return HttpUtil.getContentLength(head, -1L);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
