package io.clausewarden.tenant.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("tenants")
public record TenantRow(@Id UUID id, String name, String region, int retentionDays, Instant createdAt,
                        @Nullable String defaultPlaybook, @Nullable String redlineAuthor) {
}
