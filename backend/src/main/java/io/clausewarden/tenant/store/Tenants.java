package io.clausewarden.tenant.store;

import io.clausewarden.llm.Region;
import io.clausewarden.tenant.TenantId;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/** The register of tenants (firms). */
@Singleton
public class Tenants {
    private final TenantRepository repository;
    private final TenantTransactions transactions;
    private final Clock clock;
    private final Region defaultRegion;

    /** @param defaultRegion {@code clausewarden.region}: the region of tenants created without one */
    public Tenants(TenantRepository repository, TenantTransactions transactions, Clock clock,
                   @Value("${clausewarden.region:US}") String defaultRegion) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
        this.defaultRegion = Region.find(defaultRegion).orElseThrow(() -> new ConfigurationException(
                "Invalid configuration: clausewarden.region (CLAUSEWARDEN_REGION) must be US, EU or AU, not '"
                        + defaultRegion + "'"));
    }

    /** The region new tenants get unless one is given. */
    public Region defaultRegion() {
        return defaultRegion;
    }

    /** A tenant in the server's configured region. */
    public TenantRow create(String name, int retentionDays) {
        return create(name, retentionDays, defaultRegion);
    }

    /** @throws IllegalArgumentException for a region other than US, EU or AU */
    public TenantRow create(String name, int retentionDays, String region) {
        return create(name, retentionDays, Region.parse(region));
    }

    private TenantRow create(String name, int retentionDays, Region region) {
        TenantId id = TenantId.random();
        TenantRow row = new TenantRow(id.value(), name, region.name(), retentionDays, clock.instant(), null, null);
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

    /** Where the tenant's data may be processed; empty for an unknown tenant. */
    public Optional<Region> region(TenantId id) {
        return find(id).map(row -> Region.parse(row.region()));
    }
}
