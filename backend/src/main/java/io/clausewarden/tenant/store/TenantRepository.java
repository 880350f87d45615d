package io.clausewarden.tenant.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TenantRepository extends GenericRepository<TenantRow, UUID> {
    TenantRow save(TenantRow tenant);

    Optional<TenantRow> findById(UUID id);

    void updateRedlineAuthor(@io.micronaut.data.annotation.Id UUID id, @io.micronaut.core.annotation.Nullable String redlineAuthor);

    void updateDefaultPlaybook(@io.micronaut.data.annotation.Id UUID id, String defaultPlaybook);
}
