package io.clausewarden.llm;

import io.clausewarden.tenant.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A token ledger for one process (the command line, benchmarks). The server keeps its ledger in the database. */
public final class InMemoryTokenBudget implements TokenBudget {
    private record Day(TenantId tenant, LocalDate day) {
    }

    private final Map<Day, Long> used = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryTokenBudget(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long usedToday(TenantId tenant) {
        return used.getOrDefault(today(tenant), 0L);
    }

    @Override
    public void record(TenantId tenant, long tokens) {
        used.merge(today(tenant), tokens, Long::sum);
    }

    private Day today(TenantId tenant) {
        return new Day(tenant, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }
}
