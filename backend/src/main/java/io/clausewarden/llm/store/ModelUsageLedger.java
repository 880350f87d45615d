package io.clausewarden.llm.store;

import io.clausewarden.llm.TokenBudget;
import io.clausewarden.tenant.TenantId;
import io.clausewarden.tenant.store.TenantTransactions;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The token ledger in {@code model_usage}: one row per tenant and UTC day. */
@Singleton
public class ModelUsageLedger implements TokenBudget {
    private final ModelUsageRepository repository;
    private final TenantTransactions transactions;
    private final Clock clock;

    public ModelUsageLedger(ModelUsageRepository repository, TenantTransactions transactions, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public long usedToday(TenantId tenant) {
        return usedOn(tenant, today());
    }

    /** Tokens recorded for the tenant on a given UTC day. */
    public long usedOn(TenantId tenant, LocalDate day) {
        return transactions.read(tenant, () -> repository.tokens(tenant.value(), day).orElse(0L));
    }

    @Override
    public void record(TenantId tenant, long tokens) {
        if (tokens < 0) {
            throw new IllegalArgumentException("A token count cannot be negative");
        }
        if (tokens == 0) {
            return;
        }
        LocalDate day = today();
        transactions.write(tenant, () -> {
            // The day's first call inserts; when another call inserted first, its row is there to add to.
            if (repository.add(tenant.value(), day, tokens) == 0
                    && repository.insert(tenant.value(), day, tokens) == 0
                    && repository.add(tenant.value(), day, tokens) == 0) {
                throw new IllegalStateException("Cannot record model usage");
            }
            return null;
        });
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
