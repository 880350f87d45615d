package io.clausewarden.review.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReviewRepository extends GenericRepository<ReviewRow, UUID> {
    ReviewRow save(ReviewRow row);

    void update(@Id UUID id, byte[] payload, String status, Instant finishedAt);

    /** Fails a review that is still running; returns 0 when it had already ended. */
    @Query("UPDATE reviews SET status = 'failed', failure_reason = :reason, finished_at = :finishedAt"
            + " WHERE id = :id AND status = 'running'")
    int failRunning(UUID id, String reason, Instant finishedAt);

    Optional<ReviewRow> findByIdAndTenantIdAndExpiresAtGreaterThan(UUID id, UUID tenantId, Instant now);
}
