package io.clausewarden.llm;

import io.clausewarden.tenant.TenantId;

/** Tokens a tenant has spent on model calls today (UTC), against its daily limit. */
public interface TokenBudget {
    long usedToday(TenantId tenant);

    void record(TenantId tenant, long tokens);
}
