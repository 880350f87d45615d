package io.clausewarden.llm.provider;

import io.clausewarden.llm.ApiKey;
import io.clausewarden.llm.EgressGuard;
import io.clausewarden.llm.ModelClient;
import io.clausewarden.llm.ModelClients;
import io.clausewarden.llm.ModelEndpointPolicy;
import io.clausewarden.llm.ProviderKind;
import io.micronaut.core.annotation.AnnotationMetadataResolver;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.bind.DefaultRequestBinderRegistry;
import io.micronaut.http.body.MessageBodyHandlerRegistry;
import io.micronaut.http.codec.MediaTypeCodecRegistry;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.LoadBalancer;
import io.micronaut.http.client.filter.DefaultHttpClientFilterResolver;
import io.micronaut.http.client.netty.DefaultHttpClient;
import io.micronaut.http.client.netty.NettyClientCustomizer;
import io.micronaut.http.client.netty.ssl.NettyClientSslBuilder;
import io.micronaut.websocket.context.WebSocketBeanRegistry;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Opens provider clients on Micronaut's HTTP client. Each client is created statically, outside the application
 * context, so no application filter (and no user's bearer token) can ever reach a provider; redirects are not
 * followed, so the request text cannot be sent anywhere but the configured endpoint; there is no proxy, and every
 * new connection finds its address through the {@link EgressGuard} ({@link GuardedResolverGroup}), so it goes only
 * to an address the policy allows for the endpoint's origin.
 */
@Singleton
public final class HttpModelClients implements ModelClients {
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Micronaut traces bodies and headers (the key among them) at TRACE on this logger; logback.xml pins it at WARN. */
    static final String WIRE_LOGGER = "io.clausewarden.llm.provider.wire";

    private final EgressGuard guard;
    private final Clock clock;

    @Inject
    public HttpModelClients(EgressGuard guard) {
        this(guard, Clock.systemUTC());
    }

    HttpModelClients(EgressGuard guard, Clock clock) {
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public ModelClient open(ProviderKind provider, URI baseUrl, ApiKey apiKey, Duration callTimeout) {
        if (provider == ProviderKind.NONE) {
            throw new IllegalArgumentException("The 'none' provider has no endpoint to call");
        }
        if (callTimeout == null || callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("A model call needs a positive timeout");
        }
        URL origin = Endpoints.origin(baseUrl);
        ModelEndpointPolicy.Origin checked = ModelEndpointPolicy.origin(baseUrl).orElse(null);
        HttpClient client = guardedClient(origin, configuration(callTimeout), new GuardedResolverGroup(guard, checked));
        ProviderHttp http = new ProviderHttp(client, callTimeout, new ProviderErrors(provider.code(), clock));
        return provider == ProviderKind.ANTHROPIC
                ? new AnthropicMessagesClient(http, baseUrl, apiKey)
                : new OpenAiChatClient(http, baseUrl, apiKey);
    }

    /**
     * Micronaut's builder keeps the resolver group to itself, so the client is made with the (deprecated) public
     * constructor that takes one; every other argument is what the builder would use by default, without filters.
     */
    @SuppressWarnings("deprecation")
    private static HttpClient guardedClient(URL origin, DefaultHttpClientConfiguration configuration,
                                            GuardedResolverGroup resolver) {
        URI uri;
        try {
            uri = origin.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("A model endpoint must be an absolute http or https URL");
        }
        return new DefaultHttpClient(LoadBalancer.fixed(uri), null, configuration, null,
                new DefaultHttpClientFilterResolver(null, AnnotationMetadataResolver.DEFAULT, List.of()), null, null,
                new NettyClientSslBuilder(new ResourceResolver()), Registries.CODECS, Registries.HANDLERS,
                WebSocketBeanRegistry.EMPTY, new DefaultRequestBinderRegistry(ConversionService.SHARED),
                null, NioSocketChannel::new, NioDatagramChannel::new, new NettyClientCustomizer() {
                }, null, ConversionService.SHARED, resolver);
    }

    /** The default codec and body-handler registries, taken once from a client built the ordinary way. */
    private static final class Registries {
        static final MediaTypeCodecRegistry CODECS;
        static final MessageBodyHandlerRegistry HANDLERS;

        static {
            try (DefaultHttpClient probe = DefaultHttpClient.builder().build()) {
                CODECS = probe.getMediaTypeCodecRegistry();
                HANDLERS = probe.getHandlerRegistry();
            }
        }
    }

    private static DefaultHttpClientConfiguration configuration(Duration callTimeout) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setReadTimeout(callTimeout);
        configuration.setConnectTimeout(callTimeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? callTimeout : MAX_CONNECT_TIMEOUT);
        configuration.setFollowRedirects(false);
        configuration.setMaxContentLength(ProviderHttp.MAX_REPLY_BYTES);
        configuration.setLoggerName(WIRE_LOGGER);
        // a proxy would resolve the host itself, past the guard
        configuration.setProxyType(Proxy.Type.DIRECT);
        configuration.setProxySelector(null);
        return configuration;
    }
}
