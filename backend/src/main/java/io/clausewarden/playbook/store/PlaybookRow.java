package io.clausewarden.playbook.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("playbooks")
public record PlaybookRow(@Id UUID id, UUID tenantId, String slug, int version, String name, boolean isDefault,
                          String definition, Instant createdAt) {
}
