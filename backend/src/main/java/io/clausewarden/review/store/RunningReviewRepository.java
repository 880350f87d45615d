package io.clausewarden.review.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RunningReviewRepository extends GenericRepository<RunningReviewRow, UUID> {
    RunningReviewRow save(RunningReviewRow row);

    void deleteById(UUID reviewId);

    /** Across tenants: the table holds no content, and row-level security lets every node read it. */
    List<RunningReviewRow> findByDeadlineAtLessThan(Instant before);
}
