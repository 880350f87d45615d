package io.clausewarden.tenant.store;

import io.clausewarden.tenant.TenantId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs work in a transaction bound to one tenant. On PostgreSQL the tenant is set with
 * {@code set_config('app.tenant_id', ?, true)}, which row-level security reads and which ends with
 * the transaction, so a pooled connection never carries one tenant into another's request.
 */
@Singleton
public class TenantTransactions {
    private final TransactionOperations<Connection> transactions;

    public TenantTransactions(@Named("default") TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public <T> T write(TenantId tenant, Supplier<T> work) {
        return transactions.executeWrite(status -> {
            bind(status.getConnection(), tenant);
            return work.get();
        });
    }

    public <T> T read(TenantId tenant, Supplier<T> work) {
        return transactions.executeRead(status -> {
            bind(status.getConnection(), tenant);
            return work.get();
        });
    }

    private static void bind(Connection connection, TenantId tenant) {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, tenant.toString());
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot bind the transaction to its tenant", e);
        }
    }
}
