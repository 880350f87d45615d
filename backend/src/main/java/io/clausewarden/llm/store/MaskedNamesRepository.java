package io.clausewarden.llm.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One row per tenant. Replacing is an update, or an insert for the first list; the insert yields to a
 * concurrent one ({@code ON CONFLICT DO NOTHING}, which PostgreSQL and H2 both accept) so the caller can
 * retry the update without an aborted transaction.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MaskedNamesRepository extends GenericRepository<MaskedNamesRow, UUID> {
    Optional<MaskedNamesRow> findById(UUID tenantId);

    int deleteById(UUID tenantId);

    @Query("UPDATE masked_names SET names = :names, updated_at = :updatedAt WHERE tenant_id = :tenantId")
    long change(UUID tenantId, byte[] names, Instant updatedAt);

    @Query("INSERT INTO masked_names (tenant_id, names, updated_at) VALUES (:tenantId, :names, :updatedAt) ON CONFLICT DO NOTHING")
    long insert(UUID tenantId, byte[] names, Instant updatedAt);
}
