package io.clausewarden.cli;

import io.clausewarden.llm.ApiKey;
import io.clausewarden.llm.InMemoryTokenBudget;
import io.clausewarden.llm.JudgementSession;
import io.clausewarden.llm.ModelGateway;
import io.clausewarden.llm.ModelSettings;
import io.clausewarden.llm.ProviderKind;
import io.clausewarden.llm.Region;
import io.clausewarden.llm.provider.HttpModelClients;
import io.clausewarden.tenant.TenantId;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The command line's model settings, from {@code -Dclausewarden.llm.*} or {@code CLAUSEWARDEN_LLM_*}: provider,
 * base-url, api-key, model, and masked-names (comma-separated). The endpoint is taken to serve the region the
 * command runs for ({@code clausewarden.llm.region}, default US): there is no tenant to route.
 */
final class CommandLineModel implements AutoCloseable {
    private static final TenantId LOCAL = new TenantId(new java.util.UUID(0, 1));
    private final ModelSettings settings;
    private final Region region;
    private final List<String> maskedNames;
    private final ModelGateway gateway;

    private CommandLineModel(ModelSettings settings, Region region, List<String> maskedNames) {
        this.settings = settings;
        this.region = region;
        this.maskedNames = maskedNames;
        this.gateway = settings.enabled()
                ? new ModelGateway(new HttpModelClients(), new InMemoryTokenBudget(Clock.systemUTC()), ModelGateway.Options.defaults())
                : null;
    }

    /** @throws IllegalArgumentException for an unknown provider or region, or a provider without base URL or model */
    static CommandLineModel from(Function<String, String> properties, Map<String, String> environment) {
        Function<String, String> read = name -> Optional.ofNullable(properties.apply("clausewarden.llm." + name))
                .orElse(environment.get("CLAUSEWARDEN_LLM_" + name.toUpperCase().replace('-', '_')));
        ProviderKind provider = ProviderKind.parse(read.apply("provider"));
        String region = read.apply("region");
        Region served = region == null || region.isBlank() ? Region.US : Region.parse(region);
        List<String> names = Optional.ofNullable(read.apply("masked-names")).map(v -> Arrays.stream(v.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
        if (provider == ProviderKind.NONE) {
            return new CommandLineModel(ModelSettings.none(), served, names);
        }
        String baseUrl = read.apply("base-url");
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("clausewarden.llm.base-url (CLAUSEWARDEN_LLM_BASE_URL) is required for provider "
                    + provider.code());
        }
        return new CommandLineModel(new ModelSettings(provider, read.apply("model"), Map.of(served, URI.create(baseUrl.strip())),
                ApiKey.of(read.apply("api-key")), Long.MAX_VALUE), served, names);
    }

    JudgementSession open(List<String> documentTexts) {
        return gateway == null ? JudgementSession.off()
                : gateway.open(LOCAL, Optional.of(region), settings, documentTexts, maskedNames);
    }

    @Override
    public void close() {
        if (gateway != null) {
            gateway.close();
        }
    }
}
