package io.clausewarden.identity.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DirectoryRepository extends GenericRepository<DirectoryRow, String> {
    DirectoryRow save(DirectoryRow row);

    Optional<DirectoryRow> findByEmail(String email);

    long count();
}
