package io.clausewarden.llm;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Which provider and model a tenant uses, and the endpoint for each region it may be called in.
 *
 * @param endpoints       base URL per region: an endpoint is only ever called for tenants of its region
 * @param apiKey          null when the endpoint needs none
 * @param dailyTokenLimit prompt plus answer tokens a tenant may spend per UTC day
 */
public record ModelSettings(ProviderKind provider, String model, Map<Region, URI> endpoints, ApiKey apiKey,
                            long dailyTokenLimit) {
    public static final long DEFAULT_DAILY_TOKEN_LIMIT = 2_000_000;

    public ModelSettings {
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
        if (provider != ProviderKind.NONE && (model == null || model.isBlank())) {
            throw new IllegalArgumentException("A model provider needs a model name");
        }
        if (dailyTokenLimit < 0) {
            throw new IllegalArgumentException("The daily token limit cannot be negative");
        }
    }

    public static ModelSettings none() {
        return new ModelSettings(ProviderKind.NONE, null, Map.of(), null, DEFAULT_DAILY_TOKEN_LIMIT);
    }

    public boolean enabled() {
        return provider != ProviderKind.NONE;
    }

    public Optional<URI> endpointIn(Region region) {
        return Optional.ofNullable(endpoints.get(region));
    }
}
