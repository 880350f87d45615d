package io.clausewarden.review.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("running_reviews")
public record RunningReviewRow(@Id UUID reviewId, UUID tenantId, Instant deadlineAt) {
}
