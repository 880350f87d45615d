package io.clausewarden.llm.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clausewarden.crypto.ContentRef;
import io.clausewarden.crypto.EnvelopeEncryption;
import io.clausewarden.llm.ApiKey;
import io.clausewarden.llm.ModelEndpointPolicy;
import io.clausewarden.llm.ModelSettings;
import io.clausewarden.llm.ProviderKind;
import io.clausewarden.llm.Region;
import io.clausewarden.tenant.TenantId;
import io.clausewarden.tenant.store.TenantTransactions;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The model settings a tenant runs with: its own, when an administrator stored some (an explicit
 * {@code none} included), otherwise the server's. The API key is stored encrypted under the tenant's
 * data key, bound to the row; it is decrypted only to build the settings a call uses.
 */
@Singleton
public class TenantModelSettings {
    static final String TABLE = "model_settings";
    private static final Logger LOG = LoggerFactory.getLogger(TenantModelSettings.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> ENDPOINTS = new TypeReference<>() {
    };

    /** Whose settings are in effect. */
    public enum Source {
        TENANT, SERVER;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The settings in effect and where they come from. */
    public record Effective(ModelSettings settings, Source source) {
    }

    /** The tenant's stored settings, key decrypted. */
    public record Stored(ModelSettings settings, Instant updatedAt) {
    }

    /**
     * A change an administrator makes.
     *
     * @param apiKey          null keeps the stored key, a blank string removes it, anything else replaces it
     * @param dailyTokenLimit null keeps the stored limit (the server's for a first save)
     */
    public record Update(ProviderKind provider, String model, Map<Region, URI> endpoints, String apiKey,
                         Long dailyTokenLimit) {
        @Override
        public String toString() {
            return "Update[provider=" + provider + ", model=" + model + ", endpoints=" + endpoints + "]";
        }
    }

    private final ModelSettingsRepository repository;
    private final TenantTransactions transactions;
    private final EnvelopeEncryption encryption;
    private final ServerModelSettings server;
    private final Clock clock;

    public TenantModelSettings(ModelSettingsRepository repository, TenantTransactions transactions,
                               EnvelopeEncryption encryption, ServerModelSettings server, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.encryption = encryption;
        this.server = server;
        this.clock = clock;
    }

    /** What a model call for this tenant uses. */
    public ModelSettings effective(TenantId tenant) {
        return resolve(tenant).settings();
    }

    /**
     * The settings in effect and their source. Stored endpoints the operator's allow-list no longer
     * permits are left out, so tightening the list takes effect at once.
     */
    public Effective resolve(TenantId tenant) {
        return stored(tenant)
                .map(stored -> new Effective(permitted(tenant, stored.settings()), Source.TENANT))
                .orElseGet(() -> new Effective(server.settings(), Source.SERVER));
    }

    public Optional<Stored> stored(TenantId tenant) {
        return transactions.read(tenant, () -> repository.findById(tenant.value()).map(row -> toStored(tenant, row)));
    }

    /**
     * Stores the tenant's settings, replacing earlier ones.
     *
     * @throws IllegalArgumentException when an endpoint is not permitted, a real provider has no model,
     *                                  or the limit is out of range
     */
    public Stored save(TenantId tenant, Update update) {
        ModelEndpointPolicy policy = server.endpointPolicy();
        Map<String, String> endpoints = new TreeMap<>();
        update.endpoints().forEach((region, url) -> endpoints.put(region.name(), policy.require(url.toString()).toString()));
        if (update.dailyTokenLimit() != null
                && (update.dailyTokenLimit() < 0 || update.dailyTokenLimit() > ServerModelSettings.MAX_DAILY_TOKEN_LIMIT)) {
            throw new IllegalArgumentException("The daily token limit must be between 0 and "
                    + ServerModelSettings.MAX_DAILY_TOKEN_LIMIT);
        }
        String model = update.model() == null || update.model().isBlank() ? null : update.model().strip();
        if (update.provider() != ProviderKind.NONE && model == null) {
            throw new IllegalArgumentException("A model provider needs a model name");
        }
        return transactions.write(tenant, () -> {
            Optional<ModelSettingsRow> existing = repository.findById(tenant.value());
            byte[] key = update.apiKey() == null
                    ? existing.map(ModelSettingsRow::apiKey).orElse(null)
                    : encrypt(tenant, ApiKey.of(update.apiKey()));
            long limit = update.dailyTokenLimit() != null ? update.dailyTokenLimit()
                    : existing.map(ModelSettingsRow::dailyTokenLimit).orElse(server.settings().dailyTokenLimit());
            ModelSettingsRow row = new ModelSettingsRow(tenant.value(), update.provider().code(), model,
                    json(endpoints), key, limit, clock.instant());
            ModelSettingsRow saved = existing.isPresent() ? repository.update(row) : repository.save(row);
            return toStored(tenant, saved);
        });
    }

    /** Removes the tenant's settings, so the server's apply again; false when it had none. */
    public boolean delete(TenantId tenant) {
        return transactions.write(tenant, () -> repository.deleteById(tenant.value()) > 0);
    }

    private ModelSettings permitted(TenantId tenant, ModelSettings stored) {
        ModelEndpointPolicy policy = server.endpointPolicy();
        Map<Region, URI> endpoints = new EnumMap<>(Region.class);
        stored.endpoints().forEach((region, url) -> {
            if (policy.allows(url.toString())) {
                endpoints.put(region, url);
            } else {
                LOG.warn("Tenant {}: the stored {} model endpoint is no longer on the allow-list and is not used",
                        tenant, region);
            }
        });
        return endpoints.size() == stored.endpoints().size() ? stored
                : new ModelSettings(stored.provider(), stored.model(), endpoints, stored.apiKey(), stored.dailyTokenLimit());
    }

    private Stored toStored(TenantId tenant, ModelSettingsRow row) {
        ApiKey key = row.apiKey() == null ? null
                : ApiKey.of(new String(encryption.decrypt(tenant, ref(tenant), row.apiKey()), StandardCharsets.UTF_8));
        Map<Region, URI> endpoints = new EnumMap<>(Region.class);
        endpoints(row.endpoints()).forEach((region, url) -> endpoints.put(Region.parse(region), URI.create(url)));
        return new Stored(new ModelSettings(ProviderKind.parse(row.provider()), row.model(), endpoints, key,
                row.dailyTokenLimit()), row.updatedAt());
    }

    private byte[] encrypt(TenantId tenant, ApiKey key) {
        return key == null ? null : encryption.encrypt(tenant, ref(tenant), key.reveal().getBytes(StandardCharsets.UTF_8));
    }

    private static ContentRef ref(TenantId tenant) {
        return new ContentRef(TABLE, tenant.toString());
    }

    private static String json(Map<String, String> endpoints) {
        try {
            return JSON.writeValueAsString(endpoints);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the endpoints", e);
        }
    }

    private static Map<String, String> endpoints(String json) {
        try {
            return JSON.readValue(json, ENDPOINTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored model endpoints are not a JSON object", e);
        }
    }
}
