package io.clausewarden.http;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpVersion;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import jakarta.inject.Singleton;

/**
 * Puts a {@link BodyLimitHandler} in front of the server's request handler on every HTTP/1.1 connection.
 * HTTP/2 frames do not pass through such a handler, so the server refuses to start with HTTP/2 enabled
 * rather than silently run without per-type limits.
 */
@Singleton
class BodyLimitPipeline implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private final BodyLimits limits;
    private final HttpServerConfiguration server;

    BodyLimitPipeline(BodyLimits limits, HttpServerConfiguration server) {
        this.limits = limits;
        this.server = server;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        if (server.getHttpVersion() == HttpVersion.HTTP_2_0) {
            throw new ConfigurationException("micronaut.server.http-version 2.0 is not supported: request body limits "
                    + "(clausewarden.limits.*-bytes) are counted on HTTP/1.1 connections only");
        }
        if (limits.largest() > server.getMaxRequestSize()) {
            throw new ConfigurationException("micronaut.server.max-request-size (" + server.getMaxRequestSize()
                    + ") must be at least the largest of clausewarden.limits.*-bytes (" + limits.largest() + ")");
        }
        event.getBean().register(new PerConnection(null));
        return event.getBean();
    }

    private final class PerConnection implements NettyServerCustomizer {
        private final Channel channel;

        private PerConnection(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new PerConnection(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel == null) {
                return;
            }
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
                    && pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null
                    && pipeline.get(BodyLimitHandler.NAME) == null) {
                pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, BodyLimitHandler.NAME,
                        new BodyLimitHandler(limits, server.getMaxRequestSize()));
            }
        }
    }
}
