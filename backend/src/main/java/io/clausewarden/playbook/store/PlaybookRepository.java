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

    PlaybookRow update(PlaybookRow row);

    void delete(PlaybookRow row);

    Optional<PlaybookRow> findFirstByTenantIdAndSlugAndStatusOrderByVersionDesc(UUID tenantId, String slug, String status);

    Optional<PlaybookRow> findByTenantIdAndSlugAndVersion(UUID tenantId, String slug, int version);

    List<PlaybookRow> findByTenantIdAndSlug(UUID tenantId, String slug);

    List<PlaybookRow> findByTenantId(UUID tenantId);
}
