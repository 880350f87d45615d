package io.clausewarden.review.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("reviews")
public record ReviewRow(@Id UUID id, UUID tenantId, UUID createdBy, String playbookSlug, int playbookVersion,
                        Instant createdAt, Instant expiresAt, @Nullable byte[] payload, String status, int clauseCount,
                        @Nullable Instant finishedAt, @Nullable byte[] document, @Nullable byte[] documentNameSealed,
                        @Nullable String failureReason) {
}
