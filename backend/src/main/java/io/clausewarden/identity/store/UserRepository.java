package io.clausewarden.identity.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends GenericRepository<UserRow, UUID> {
    UserRow save(UserRow user);

    Optional<UserRow> findByIdAndTenantId(UUID id, UUID tenantId);

    void updatePasswordHash(@io.micronaut.data.annotation.Id UUID id, String passwordHash);
}
