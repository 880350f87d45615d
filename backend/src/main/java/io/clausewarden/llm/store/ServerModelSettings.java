package io.clausewarden.llm.store;

import io.clausewarden.llm.ApiKey;
import io.clausewarden.llm.ModelEndpointPolicy;
import io.clausewarden.llm.ModelSettings;
import io.clausewarden.llm.ProviderKind;
import io.clausewarden.llm.Region;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The model provider the operator configured ({@code clausewarden.llm.*}): what every tenant without
 * settings of its own uses, and the allow-list that bounds what tenant administrators may configure.
 * Read once at start-up; a setting that does not make sense stops the server with a message that names it.
 */
@Context
public class ServerModelSettings {
    public static final long MAX_DAILY_TOKEN_LIMIT = 1_000_000_000_000L;

    private final ModelSettings settings;
    private final Region endpointRegion;
    private final ModelEndpointPolicy endpointPolicy;

    /**
     * @param provider        {@code clausewarden.llm.provider}: openai, anthropic or none (blank is none)
     * @param baseUrl         {@code clausewarden.llm.base-url}: the provider's base URL, required unless none
     * @param apiKey          {@code clausewarden.llm.api-key}: blank for endpoints that need no key
     * @param model           {@code clausewarden.llm.model}: required unless none
     * @param region          {@code clausewarden.llm.region}: the region the endpoint serves; blank is the server's
     * @param serverRegion    {@code clausewarden.region}: the server's region, also new tenants' region
     * @param dailyTokenLimit {@code clausewarden.llm.daily-token-limit}: blank is the default
     * @param allowedHosts    {@code clausewarden.llm.allowed-hosts}: origins ({@code scheme://host[:port]}),
     *                        {@code *.suffix} wildcards or bare host names ({@link ModelEndpointPolicy}); replaces the
     *                        default allow-list when set; entries may be comma-separated
     */
    @Inject
    public ServerModelSettings(@Value("${clausewarden.llm.provider:none}") String provider,
                               @Value("${clausewarden.llm.base-url:}") String baseUrl,
                               @Value("${clausewarden.llm.api-key:}") String apiKey,
                               @Value("${clausewarden.llm.model:}") String model,
                               @Value("${clausewarden.llm.region:}") String region,
                               @Value("${clausewarden.region:US}") String serverRegion,
                               @Value("${clausewarden.llm.daily-token-limit:}") String dailyTokenLimit,
                               @Value("${clausewarden.llm.allowed-hosts:}") @Nullable List<String> allowedHosts) {
        ProviderKind kind = providerKind(provider);
        Region home = region("clausewarden.region", "CLAUSEWARDEN_REGION", serverRegion);
        this.endpointRegion = blank(region) ? home : region("clausewarden.llm.region", "CLAUSEWARDEN_LLM_REGION", region);
        URI endpoint = blank(baseUrl) ? null : baseUrl(baseUrl);
        String modelName = blank(model) ? null : model.strip();
        if (kind != ProviderKind.NONE && endpoint == null) {
            throw invalid("clausewarden.llm.base-url", "CLAUSEWARDEN_LLM_BASE_URL",
                    "is required when clausewarden.llm.provider is " + kind.code());
        }
        if (kind != ProviderKind.NONE && modelName == null) {
            throw invalid("clausewarden.llm.model", "CLAUSEWARDEN_LLM_MODEL",
                    "is required when clausewarden.llm.provider is " + kind.code());
        }
        if (modelName != null && modelName.length() > 200) {
            throw invalid("clausewarden.llm.model", "CLAUSEWARDEN_LLM_MODEL", "is longer than 200 characters");
        }
        this.settings = new ModelSettings(kind, modelName, endpoint == null ? Map.of() : Map.of(endpointRegion, endpoint),
                ApiKey.of(apiKey), limit(dailyTokenLimit));
        this.endpointPolicy = policy(allowedHosts, endpoint);
    }

    /** What tenants without settings of their own use. */
    public ModelSettings settings() {
        return settings;
    }

    /** The region the configured endpoint serves (tenants of other regions get no endpoint from the server). */
    public Region endpointRegion() {
        return endpointRegion;
    }

    /** Which origins tenant administrators may configure: the operator's list (or the defaults) and base-url's origin. */
    public ModelEndpointPolicy endpointPolicy() {
        return endpointPolicy;
    }

    private static ProviderKind providerKind(String provider) {
        try {
            return ProviderKind.parse(provider);
        } catch (IllegalArgumentException e) {
            throw invalid("clausewarden.llm.provider", "CLAUSEWARDEN_LLM_PROVIDER",
                    "must be openai, anthropic or none, not '" + provider.strip() + "'");
        }
    }

    private static Region region(String property, String env, String code) {
        return Region.find(code).orElseThrow(() -> invalid(property, env,
                "must be US, EU or AU, not '" + (code == null ? "" : code.strip()) + "'"));
    }

    private static URI baseUrl(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw invalid("clausewarden.llm.base-url", "CLAUSEWARDEN_LLM_BASE_URL", "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("https") || scheme.equals("http"))
                || uri.getHost() == null) {
            throw invalid("clausewarden.llm.base-url", "CLAUSEWARDEN_LLM_BASE_URL",
                    "must be an absolute http(s) URL with a host, such as https://api.openai.com/v1");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("clausewarden.llm.base-url", "CLAUSEWARDEN_LLM_BASE_URL",
                    "must not contain a user name or password; set clausewarden.llm.api-key instead");
        }
        return uri;
    }

    private static long limit(String value) {
        if (blank(value)) {
            return ModelSettings.DEFAULT_DAILY_TOKEN_LIMIT;
        }
        long limit;
        try {
            limit = Long.parseLong(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw invalid("clausewarden.llm.daily-token-limit", "CLAUSEWARDEN_LLM_DAILY_TOKEN_LIMIT", "must be a whole number");
        }
        if (limit < 0 || limit > MAX_DAILY_TOKEN_LIMIT) {
            throw invalid("clausewarden.llm.daily-token-limit", "CLAUSEWARDEN_LLM_DAILY_TOKEN_LIMIT",
                    "must be between 0 and " + MAX_DAILY_TOKEN_LIMIT);
        }
        return limit;
    }

    private static ModelEndpointPolicy policy(Collection<String> configured, URI endpoint) {
        List<String> hosts = new ArrayList<>();
        if (configured != null) {
            for (String entry : configured) {
                if (entry == null) {
                    continue;
                }
                for (String part : entry.split("[,\\s]+")) {
                    if (!part.isBlank()) {
                        hosts.add(part);
                    }
                }
            }
        }
        if (endpoint != null && ModelEndpointPolicy.origin(endpoint).isEmpty()) {
            throw invalid("clausewarden.llm.base-url", "CLAUSEWARDEN_LLM_BASE_URL",
                    "must name a valid host and port: a DNS name, a dotted-decimal IPv4 address or a bracketed IPv6 address");
        }
        try {
            return ModelEndpointPolicy.of(hosts, endpoint);
        } catch (IllegalArgumentException e) {
            throw invalid("clausewarden.llm.allowed-hosts", "CLAUSEWARDEN_LLM_ALLOWED_HOSTS",
                    "has an invalid entry: " + e.getMessage());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static ConfigurationException invalid(String property, String env, String problem) {
        return new ConfigurationException("Invalid configuration: " + property + " (" + env + ") " + problem);
    }
}
