package io.clausewarden.identity.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

@MappedEntity("user_directory")
public record DirectoryRow(@Id String email, UUID tenantId, UUID userId) {
}
