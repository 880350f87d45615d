package io.clausewarden.crypto.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TenantKeyRepository extends GenericRepository<TenantKeyRow, UUID> {
    TenantKeyRow save(TenantKeyRow row);

    Optional<TenantKeyRow> findByTenantId(UUID tenantId);
}
