package io.clausewarden.cli;

import io.clausewarden.llm.InMemoryTokenBudget;
import io.clausewarden.llm.JudgementSession;
import io.clausewarden.llm.ModelGateway;
import io.clausewarden.llm.ModelSettings;
import io.clausewarden.llm.Region;
import io.clausewarden.llm.EgressGuard;
import io.clausewarden.llm.HostResolver;
import io.clausewarden.llm.provider.HttpModelClients;
import io.clausewarden.llm.store.ServerModelSettings;
import io.clausewarden.tenant.TenantId;
import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The command line's model settings, from {@code -Dclausewarden.llm.*} or {@code CLAUSEWARDEN_LLM_*}: provider,
 * base-url, api-key, model, region, daily-token-limit, and masked-names (comma-separated). The command runs for
 * the region the endpoint serves ({@code clausewarden.llm.region}, default US): there is no tenant to route.
 */
final class CommandLineModel implements AutoCloseable {
    private static final TenantId LOCAL = new TenantId(new java.util.UUID(0, 1));
    private final ModelSettings settings;
    private final Region region;
    private final List<String> maskedNames;
    private final ModelGateway gateway;

    /** @param egress the operator's policy: the command line calls only its own configured endpoint */
    private CommandLineModel(ModelSettings settings, Region region, List<String> maskedNames, EgressGuard egress) {
        this.settings = settings;
        this.region = region;
        this.maskedNames = maskedNames;
        this.gateway = settings.enabled()
                ? new ModelGateway(new HttpModelClients(egress), new InMemoryTokenBudget(Clock.systemUTC()),
                ModelGateway.Options.defaults())
                : null;
    }

    /**
     * Reads and checks the settings exactly as the server does.
     *
     * @throws IllegalArgumentException naming the setting that is invalid
     */
    static CommandLineModel from(Function<String, String> properties, Map<String, String> environment) {
        Function<String, String> read = name -> Optional.ofNullable(properties.apply("clausewarden.llm." + name))
                .orElse(environment.get("CLAUSEWARDEN_LLM_" + name.toUpperCase().replace('-', '_')));
        ServerModelSettings checked;
        try {
            checked = new ServerModelSettings(read.apply("provider"), read.apply("base-url"), read.apply("api-key"),
                    read.apply("model"), read.apply("region"), Region.US.name(), read.apply("daily-token-limit"), null);
        } catch (ConfigurationException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^Invalid configuration: ", ""));
        }
        List<String> names = Optional.ofNullable(read.apply("masked-names")).map(v -> Arrays.stream(v.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
        return new CommandLineModel(checked.settings(), checked.endpointRegion(), names,
                new EgressGuard(checked.endpointPolicy(), HostResolver.system()));
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
