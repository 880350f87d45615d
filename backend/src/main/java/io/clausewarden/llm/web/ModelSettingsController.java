package io.clausewarden.llm.web;

import io.clausewarden.http.ApiProblem;
import io.clausewarden.http.Problem;
import io.clausewarden.identity.Roles;
import io.clausewarden.llm.EgressGuard;
import io.clausewarden.llm.ModelEndpointPolicy;
import io.clausewarden.llm.ModelGateway;
import io.clausewarden.llm.ModelSettings;
import io.clausewarden.llm.ProviderKind;
import io.clausewarden.llm.Region;
import io.clausewarden.llm.TokenBudget;
import io.clausewarden.llm.store.ServerModelSettings;
import io.clausewarden.llm.store.TenantModelSettings;
import io.clausewarden.tenant.TenantContext;
import io.clausewarden.tenant.TenantId;
import io.clausewarden.tenant.store.Tenants;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The firm's model provider: anyone signed in sees which provider, model and endpoints are in effect
 * (never the key); administrators set the firm's own or go back to the server's.
 */
@Controller("/api/v1/tenant/model")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ModelSettingsController {
    static final int MAX_MODEL_LENGTH = 200;
    static final int MAX_API_KEY_LENGTH = 4_096;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern KEY_FORBIDDEN = Pattern.compile("[\\p{Cntrl}\\s]");

    private final TenantModelSettings settings;
    private final ServerModelSettings server;
    private final TokenBudget budget;
    private final Tenants tenants;
    private final ModelGateway gateway;
    private final EgressGuard egress;

    public ModelSettingsController(TenantModelSettings settings, ServerModelSettings server, TokenBudget budget,
                                   Tenants tenants, ModelGateway gateway, EgressGuard egress) {
        this.gateway = gateway;
        this.egress = egress;
        this.settings = settings;
        this.server = server;
        this.budget = budget;
        this.tenants = tenants;
    }

    /** What is in effect for the firm. */
    @Introspected
    /** {@code circuit}: this node's circuit for the endpoint of the firm's region (CLOSED, OPEN, HALF_OPEN), null before any call. */
    public record View(String provider, @Nullable String model, Map<String, String> endpoints, boolean apiKeyConfigured,
                       long dailyTokenLimit, long usedTokensToday, String region, String source, @Nullable String circuit) {
    }

    /**
     * An administrator's change. {@code apiKey}: omitted or null keeps the stored key, an empty string
     * removes it. {@code dailyTokenLimit}: omitted keeps the stored limit.
     */
    @Introspected
    public record Change(@Nullable String provider, @Nullable String model, @Nullable Map<String, String> endpoints,
                         @Nullable String apiKey, @Nullable Long dailyTokenLimit) {
        @Override
        public String toString() {
            return "Change[provider=" + provider + ", model=" + model + ", endpoints=" + endpoints
                    + ", apiKey=" + (apiKey == null ? "unchanged" : "[api key]") + "]";
        }
    }

    @Get
    public View get(TenantContext caller) {
        return view(caller.tenantId());
    }

    @Put
    @Secured(Roles.ADMIN)
    public View update(TenantContext caller, @Body Change change) {
        settings.save(caller.tenantId(), validate(change, region(caller.tenantId())));
        return view(caller.tenantId());
    }

    /** Back to the server's settings. */
    @Delete
    @Secured(Roles.ADMIN)
    @Status(HttpStatus.NO_CONTENT)
    public void reset(TenantContext caller) {
        settings.delete(caller.tenantId());
    }

    private View view(TenantId tenant) {
        TenantModelSettings.Effective effective = settings.resolve(tenant);
        ModelSettings s = effective.settings();
        Map<String, String> endpoints = new TreeMap<>();
        s.endpoints().forEach((region, url) -> endpoints.put(region.name(), url.toString()));
        Region region = region(tenant);
        String circuit = s.endpointIn(region).flatMap(url -> gateway.circuit(s.provider(), url)).map(Enum::name)
                .orElse(null);
        return new View(s.provider().code(), s.model(), endpoints, s.apiKey() != null, s.dailyTokenLimit(),
                budget.usedToday(tenant), region.name(), effective.source().code(), circuit);
    }

    private Region region(TenantId tenant) {
        return tenants.region(tenant).orElse(tenants.defaultRegion());
    }

    /** Every field at fault, or the update. Details never repeat what was submitted. */
    private TenantModelSettings.Update validate(Change change, Region tenantRegion) {
        if (change == null) {
            throw new ApiProblem(ApiProblem.Kind.BAD_REQUEST, "Send the model settings as a JSON object.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        ProviderKind provider = null;
        if (change.provider() == null || change.provider().isBlank()) {
            errors.add(new Problem.FieldError("provider", "is required: openai, anthropic or none"));
        } else {
            try {
                provider = ProviderKind.parse(change.provider());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("provider", "must be openai, anthropic or none"));
            }
        }

        String model = change.model() == null || change.model().isBlank() ? null : change.model().strip();
        if (model != null && (model.length() > MAX_MODEL_LENGTH || CONTROL.matcher(model).find())) {
            errors.add(new Problem.FieldError("model", "must be 1–" + MAX_MODEL_LENGTH + " characters without control characters"));
        } else if (model == null && provider != null && provider != ProviderKind.NONE) {
            errors.add(new Problem.FieldError("model", "is required for provider " + provider.code()));
        }

        List<Problem.FieldError> refused = new ArrayList<>();
        Map<Region, URI> endpoints = endpoints(change.endpoints(), egress, errors, refused);
        if (provider != null && provider != ProviderKind.NONE && refused.isEmpty()
                && errors.stream().noneMatch(e -> e.field().startsWith("endpoints"))
                && !endpoints.containsKey(tenantRegion)) {
            errors.add(new Problem.FieldError("endpoints", "needs an endpoint for the firm's region " + tenantRegion
                    + ": a model is only called in the region the firm's data belongs to"));
        }

        String apiKey = change.apiKey();
        if (apiKey != null && !apiKey.isEmpty()
                && (apiKey.strip().length() > MAX_API_KEY_LENGTH || KEY_FORBIDDEN.matcher(apiKey.strip()).find())) {
            errors.add(new Problem.FieldError("apiKey", "must be at most " + MAX_API_KEY_LENGTH
                    + " characters without spaces or control characters"));
        }

        Long limit = change.dailyTokenLimit();
        if (limit != null && (limit < 0 || limit > ServerModelSettings.MAX_DAILY_TOKEN_LIMIT)) {
            errors.add(new Problem.FieldError("dailyTokenLimit", "must be between 0 and " + ServerModelSettings.MAX_DAILY_TOKEN_LIMIT));
        }

        if (!errors.isEmpty()) {
            errors.addAll(refused);
            throw ApiProblem.invalidFields(errors);
        }
        if (!refused.isEmpty()) {
            throw new ApiProblem(ApiProblem.Kind.ENDPOINT_NOT_ALLOWED,
                    "The server may not call an endpoint given; see errors.", refused);
        }
        return new TenantModelSettings.Update(provider, model, endpoints, apiKey, limit);
    }

    /** Malformed endpoints go to {@code errors}; well-formed ones the egress policy does not allow to {@code refused}. */
    private static Map<Region, URI> endpoints(Map<String, String> submitted, EgressGuard egress,
                                              List<Problem.FieldError> errors, List<Problem.FieldError> refused) {
        Map<Region, URI> endpoints = new EnumMap<>(Region.class);
        if (submitted == null) {
            return endpoints;
        }
        for (Map.Entry<String, String> entry : submitted.entrySet()) {
            Region region = Region.find(entry.getKey()).orElse(null);
            if (region == null) {
                errors.add(new Problem.FieldError("endpoints", "region keys must be US, EU or AU"));
                continue;
            }
            if (endpoints.containsKey(region)) {
                errors.add(new Problem.FieldError("endpoints", "names region " + region + " twice"));
                continue;
            }
            String field = "endpoints." + region;
            Optional<ModelEndpointPolicy.Refusal> refusal = egress.refusal(entry.getValue());
            if (refusal.isPresent()) {
                (refusal.get().destination() ? refused : errors).add(new Problem.FieldError(field, refusal.get().reason()));
            } else {
                endpoints.put(region, URI.create(entry.getValue().strip()));
            }
        }
        return endpoints;
    }
}
