package io.clausewarden.llm;

import java.net.URI;
import java.time.Duration;

/** Opens a client for one provider endpoint. */
public interface ModelClients {
    ModelClient open(ProviderKind provider, URI baseUrl, ApiKey apiKey, Duration callTimeout);
}
