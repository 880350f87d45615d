package io.clausewarden.llm.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/** A tenant's list of names to mask as stored: ciphertext of a JSON array. */
@MappedEntity("masked_names")
public record MaskedNamesRow(@Id UUID tenantId, byte[] names, Instant updatedAt) {
    @Override
    public boolean equals(Object other) {
        return other instanceof MaskedNamesRow row && tenantId.equals(row.tenantId) && Arrays.equals(names, row.names)
                && updatedAt.equals(row.updatedAt);
    }

    @Override
    public int hashCode() {
        return tenantId.hashCode();
    }

    @Override
    public String toString() {
        return "MaskedNamesRow[tenant=" + tenantId + ", updatedAt=" + updatedAt + "]";
    }
}
