package io.clausewarden.playbook.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("playbooks")
public record PlaybookRow(@Id UUID id, UUID tenantId, String slug, int version, String name, String status,
                          String definition, Instant createdAt, @Nullable Instant publishedAt, Instant updatedAt) {
    static final String DRAFT = "draft";
    static final String PUBLISHED = "published";

    boolean isDraft() {
        return DRAFT.equals(status);
    }
}
