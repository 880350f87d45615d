package io.clausewarden.llm.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ModelSettingsRepository extends GenericRepository<ModelSettingsRow, UUID> {
    Optional<ModelSettingsRow> findById(UUID tenantId);

    ModelSettingsRow save(ModelSettingsRow row);

    ModelSettingsRow update(ModelSettingsRow row);

    int deleteById(UUID tenantId);
}
