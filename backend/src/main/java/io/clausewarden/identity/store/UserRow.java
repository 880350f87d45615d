package io.clausewarden.identity.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("users")
public record UserRow(@Id UUID id, UUID tenantId, String email, String displayName, String passwordHash,
                      String roles, boolean mustChangePassword, Instant createdAt) {
}
