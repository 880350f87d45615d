package io.clausewarden.crypto.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("tenant_keys")
public record TenantKeyRow(@Id UUID tenantId, String kekId, byte[] wrappedKey, Instant createdAt) {
}
