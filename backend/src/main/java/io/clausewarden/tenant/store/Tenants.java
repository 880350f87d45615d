package io.clausewarden.tenant.store;

import io.clausewarden.tenant.TenantId;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/** The register of tenants (firms). */
@Singleton
public class Tenants {
    public static final String DEFAULT_REGION = "local";

    private final TenantRepository repository;
    private final TenantTransactions transactions;
    private final Clock clock;

    public Tenants(TenantRepository repository, TenantTransactions transactions, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    public TenantRow create(String name, int retentionDays) {
        TenantId id = TenantId.random();
        TenantRow row = new TenantRow(id.value(), name, DEFAULT_REGION, retentionDays, clock.instant(), null, null);
        return transactions.write(id, () -> repository.save(row));
    }

    /** Called inside a transaction bound to the tenant. */
    public void setDefaultPlaybook(TenantId id, String slug) {
        repository.updateDefaultPlaybook(id.value(), slug);
    }

    public void setRedlineAuthor(TenantId id, String author) {
        transactions.write(id, () -> {
            repository.updateRedlineAuthor(id.value(), author);
            return null;
        });
    }

    public Optional<TenantRow> find(TenantId id) {
        return transactions.read(id, () -> repository.findById(id.value()));
    }
}
