package io.clausewarden.llm;

import io.clausewarden.tenant.TenantId;

/**
 * Prompt plus answer tokens a tenant has spent on model calls, per UTC day. Callers compare the day's
 * use with {@link ModelSettings#dailyTokenLimit()} before a call and record what the provider billed after it.
 */
public interface TokenBudget {
    /** Tokens recorded for the tenant on the current UTC day. */
    long usedToday(TenantId tenant);

    /**
     * Adds tokens to the tenant's count for the current UTC day; safe to call concurrently.
     *
     * @throws IllegalArgumentException for a negative count
     */
    void record(TenantId tenant, long tokens);

    /** What is left of the day's limit, never below zero. */
    default long remainingToday(TenantId tenant, long dailyLimit) {
        return Math.max(0, dailyLimit - usedToday(tenant));
    }
}
