package io.clausewarden.llm.provider;

import io.clausewarden.llm.ApiKey;
import io.clausewarden.llm.ModelClient;
import io.clausewarden.llm.ModelClients;
import io.clausewarden.llm.ProviderKind;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Opens provider clients on Micronaut's HTTP client. Each client is created statically, outside the application
 * context, so no application filter (and no user's bearer token) can ever reach a provider; redirects are not
 * followed, so the request text cannot be sent anywhere but the configured endpoint.
 */
@Singleton
public final class HttpModelClients implements ModelClients {
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Micronaut traces bodies and headers (the key among them) at TRACE on this logger; logback.xml pins it at WARN. */
    static final String WIRE_LOGGER = "io.clausewarden.llm.provider.wire";

    private final Clock clock;

    @Inject
    public HttpModelClients() {
        this(Clock.systemUTC());
    }

    HttpModelClients(Clock clock) {
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
        HttpClient client = HttpClient.create(Endpoints.origin(baseUrl), configuration(callTimeout));
        ProviderHttp http = new ProviderHttp(client, callTimeout, new ProviderErrors(provider.code(), clock));
        return provider == ProviderKind.ANTHROPIC
                ? new AnthropicMessagesClient(http, baseUrl, apiKey)
                : new OpenAiChatClient(http, baseUrl, apiKey);
    }

    private static DefaultHttpClientConfiguration configuration(Duration callTimeout) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setReadTimeout(callTimeout);
        configuration.setConnectTimeout(callTimeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? callTimeout : MAX_CONNECT_TIMEOUT);
        configuration.setFollowRedirects(false);
        configuration.setMaxContentLength(ProviderHttp.MAX_REPLY_BYTES);
        configuration.setLoggerName(WIRE_LOGGER);
        return configuration;
    }
}
