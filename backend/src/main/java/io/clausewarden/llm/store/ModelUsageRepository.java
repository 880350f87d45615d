package io.clausewarden.llm.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Tokens per tenant and UTC day. Adding is an update, or an insert for the day's first call; the insert
 * yields to a concurrent one ({@code ON CONFLICT DO NOTHING}, which PostgreSQL and H2 both accept) so the
 * caller can retry the update without an aborted transaction.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ModelUsageRepository extends GenericRepository<ModelUsageRow, ModelUsageRow.Key> {
    @Query("SELECT tokens FROM model_usage WHERE tenant_id = :tenantId AND usage_day = :day")
    Optional<Long> tokens(UUID tenantId, LocalDate day);

    @Query("UPDATE model_usage SET tokens = tokens + :tokens WHERE tenant_id = :tenantId AND usage_day = :day")
    long add(UUID tenantId, LocalDate day, long tokens);

    @Query("INSERT INTO model_usage (tenant_id, usage_day, tokens) VALUES (:tenantId, :day, :tokens) ON CONFLICT DO NOTHING")
    long insert(UUID tenantId, LocalDate day, long tokens);
}
