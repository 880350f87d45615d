package io.clausewarden.llm.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/** A tenant's model settings as stored: endpoints as a JSON object, the API key as ciphertext. */
@MappedEntity("model_settings")
public record ModelSettingsRow(@Id UUID tenantId, String provider, @Nullable String model, String endpoints,
                               @Nullable byte[] apiKey, long dailyTokenLimit, Instant updatedAt) {
    @Override
    public boolean equals(Object other) {
        return other instanceof ModelSettingsRow row && tenantId.equals(row.tenantId) && provider.equals(row.provider)
                && java.util.Objects.equals(model, row.model) && endpoints.equals(row.endpoints)
                && Arrays.equals(apiKey, row.apiKey) && dailyTokenLimit == row.dailyTokenLimit
                && updatedAt.equals(row.updatedAt);
    }

    @Override
    public int hashCode() {
        return tenantId.hashCode();
    }

    @Override
    public String toString() {
        return "ModelSettingsRow[tenant=" + tenantId + ", provider=" + provider + "]";
    }
}
