package io.clausewarden.llm.runtime;

import io.clausewarden.llm.ModelClients;
import io.clausewarden.llm.ModelGateway;
import io.clausewarden.llm.TokenBudget;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/** The node's one gateway to model providers, tuned by {@code clausewarden.llm.*}. */
@Factory
class ModelGatewayFactory {
    @Singleton
    @Bean(preDestroy = "close")
    ModelGateway modelGateway(ModelClients clients, TokenBudget budget,
                              @Value("${clausewarden.llm.timeout:30s}") Duration timeout,
                              @Value("${clausewarden.llm.max-attempts:3}") int maxAttempts,
                              @Value("${clausewarden.llm.first-backoff:500ms}") Duration firstBackoff,
                              @Value("${clausewarden.llm.max-retry-after:20s}") Duration maxRetryAfter,
                              @Value("${clausewarden.llm.concurrency.provider:8}") int providerConcurrency,
                              @Value("${clausewarden.llm.concurrency.tenant:8}") int tenantConcurrency,
                              @Value("${clausewarden.llm.circuit.open-for:30s}") Duration circuitOpenFor,
                              @Value("${clausewarden.llm.circuit.window:10}") int circuitWindow,
                              @Value("${clausewarden.llm.circuit.minimum-calls:5}") int circuitMinimumCalls,
                              @Value("${clausewarden.llm.cache.entries:20000}") long cacheEntries,
                              @Value("${clausewarden.llm.cache.ttl:24h}") Duration cacheTtl) {
        ModelGateway.Options defaults = ModelGateway.Options.defaults();
        ModelGateway.Options options = new ModelGateway.Options(timeout, maxAttempts, firstBackoff, maxRetryAfter,
                providerConcurrency, tenantConcurrency, defaults.bulkheadWait(), circuitOpenFor, circuitWindow,
                circuitMinimumCalls, defaults.circuitFailureRate(), cacheEntries, cacheTtl, defaults.maxOutputTokens(),
                defaults.maxClauseChars(), Math.max(defaults.workerThreads(), providerConcurrency * 2));
        return new ModelGateway(clients, budget, options);
    }
}
