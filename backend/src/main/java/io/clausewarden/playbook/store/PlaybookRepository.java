package io.clausewarden.playbook.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PlaybookRepository extends GenericRepository<PlaybookRow, UUID> {
    PlaybookRow save(PlaybookRow row);

    Optional<PlaybookRow> findFirstByTenantIdAndSlugOrderByVersionDesc(UUID tenantId, String slug);

    Optional<PlaybookRow> findFirstByTenantIdAndIsDefaultOrderByVersionDesc(UUID tenantId, boolean isDefault);

    List<PlaybookRow> findByTenantId(UUID tenantId);
}
