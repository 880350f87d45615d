package io.clausewarden.llm;

import io.clausewarden.support.Sha256;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clausewarden.tenant.TenantId;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one way out to model providers. Per provider endpoint: a circuit breaker and a bulkhead; per tenant: a
 * bulkhead, a daily token budget and its own slice of the answer cache; per call: a timeout and retries with
 * exponential backoff and jitter on 429 and 5xx that honour Retry-After. Reviews open a {@link JudgementSession}
 * for each document.
 */
public final class ModelGateway implements AutoCloseable {
    /**
     * @param callTimeout       how long one HTTP call may take
     * @param maxAttempts       attempts per question on 429/5xx, the first included
     * @param firstBackoff      the first retry's mean delay; it doubles, with ±50 % jitter
     * @param maxRetryAfter     a Retry-After longer than this is not waited for
     * @param providerConcurrency concurrent calls per provider endpoint on this node
     * @param tenantConcurrency concurrent calls per tenant on this node
     * @param bulkheadWait      how long a question may queue for a bulkhead before it is not assessed
     * @param circuitOpenFor    how long an open circuit refuses calls before letting trial calls through
     */
    public record Options(Duration callTimeout, int maxAttempts, Duration firstBackoff, Duration maxRetryAfter,
                          int providerConcurrency, int tenantConcurrency, Duration bulkheadWait,
                          Duration circuitOpenFor, int circuitWindow, int circuitMinimumCalls,
                          float circuitFailureRate, long cacheEntries, Duration cacheTtl, int maxOutputTokens,
                          int maxClauseChars, int workerThreads) {
        public static Options defaults() {
            return new Options(Duration.ofSeconds(30), 3, Duration.ofMillis(500), Duration.ofSeconds(20), 8, 8,
                    Duration.ofMinutes(2), Duration.ofSeconds(30), 10, 5, 50f, 20_000, Duration.ofHours(24), 800,
                    12_000, 64);
        }
    }

    private final ModelClients clients;
    private final TokenBudget budget;
    private final Options options;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final Map<TenantId, Bulkhead> tenantBulkheads = new ConcurrentHashMap<>();
    private final Cache<String, ModelClient> openClients;
    private final AnswerCache answers;
    private final ExecutorService workers;

    public ModelGateway(ModelClients clients, TokenBudget budget, Options options) {
        this.clients = clients;
        this.budget = budget;
        this.options = options;
        this.answers = new AnswerCache(options.cacheEntries(), options.cacheTtl());
        this.openClients = Caffeine.newBuilder().maximumSize(1_000).expireAfterAccess(Duration.ofHours(1))
                .<String, ModelClient>removalListener((key, client, cause) -> {
                    if (client != null) {
                        client.close();
                    }
                }).build();
        this.workers = new ThreadPoolExecutor(options.workerThreads(), options.workerThreads(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "model-call");
                    thread.setDaemon(true);
                    return thread;
                });
        ((ThreadPoolExecutor) workers).allowCoreThreadTimeOut(true);
    }

    /**
     * A session for one document of one tenant. With no provider, or no endpoint in the tenant's region, every
     * question is answered "not assessed" without any network traffic.
     *
     * @param documentTexts the whole document, in order: party names are found in its definitions
     * @param personNames   names the firm wants masked wherever they appear
     */
    public JudgementSession open(TenantId tenant, Optional<Region> region, ModelSettings settings,
                                 List<String> documentTexts, List<String> personNames) {
        if (!settings.enabled()) {
            return JudgementSession.unavailable(settings, region, ModelUse.OFF, null, Judgement.Reason.MODEL_OFF);
        }
        Optional<URI> endpoint = region.flatMap(settings::endpointIn);
        if (endpoint.isEmpty()) {
            String notice = "No model endpoint is configured for region " + region.map(Region::name).orElse("(unknown)")
                    + ", so this review used the playbook's rules only; nothing was sent to a model provider.";
            return JudgementSession.unavailable(settings, region, ModelUse.NO_ENDPOINT_IN_REGION, notice,
                    Judgement.Reason.NO_ENDPOINT_IN_REGION);
        }
        Lane lane = lanes.computeIfAbsent(settings.provider().code() + "|" + endpoint.get(), key -> new Lane(key, options));
        ModelClient client = openClients.get(clientKey(settings, endpoint.get()),
                key -> clients.open(settings.provider(), endpoint.get(), settings.apiKey(), options.callTimeout()));
        Bulkhead tenantBulkhead = tenantBulkheads.computeIfAbsent(tenant, t -> Bulkhead.of("tenant-" + t.value(),
                bulkheadConfig(options.tenantConcurrency(), options.bulkheadWait())));
        PersonalData personalData = PersonalData.of(documentTexts, personNames);
        return new JudgementSession(this, tenant, region.get(), settings, personalData,
                calls -> resilient(lane, tenantBulkhead, () -> client.complete(calls)));
    }

    /** Drops every cached answer of a tenant (on its deletion). */
    public void forget(TenantId tenant) {
        answers.forget(tenant);
    }

    /** The circuit state of an endpoint this node has called, if any. */
    public Optional<CircuitBreaker.State> circuit(ProviderKind provider, URI endpoint) {
        return Optional.ofNullable(lanes.get(provider.code() + "|" + endpoint)).map(lane -> lane.breaker.getState());
    }

    Options options() {
        return options;
    }

    TokenBudget budget() {
        return budget;
    }

    AnswerCache answers() {
        return answers;
    }

    ExecutorService workers() {
        return workers;
    }

    private ProviderReply resilient(Lane lane, Bulkhead tenantBulkhead, Supplier<ProviderReply> call) {
        Supplier<ProviderReply> limited = Bulkhead.decorateSupplier(tenantBulkhead,
                Bulkhead.decorateSupplier(lane.bulkhead, call));
        return Retry.decorateSupplier(lane.retry, CircuitBreaker.decorateSupplier(lane.breaker, limited)).get();
    }

    private static String clientKey(ModelSettings settings, URI endpoint) {
        String key = settings.apiKey() == null ? "" : Sha256.hex(settings.apiKey().reveal());
        return settings.provider().code() + "|" + endpoint + "|" + key;
    }

    /**
     * Retries 429 and 5xx, and a call refused while the circuit is half open: the trial calls are then under way,
     * and the question waits for their outcome instead of being given up.
     */
    private static RetryConfig retryConfig(Options options, CircuitBreaker breaker) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(options.firstBackoff(), 2.0, 0.5);
        return RetryConfig.<ProviderReply>custom()
                .maxAttempts(options.maxAttempts())
                .retryOnException(e -> e instanceof ProviderException p && p.retryable()
                        && p.retryAfter().map(after -> after.compareTo(options.maxRetryAfter()) <= 0).orElse(true)
                        || e instanceof CallNotPermittedException && breaker.getState() == CircuitBreaker.State.HALF_OPEN)
                .intervalBiFunction((attempt, outcome) -> {
                    if (outcome.isLeft() && outcome.getLeft() instanceof ProviderException p && p.retryAfter().isPresent()) {
                        return p.retryAfter().get().toMillis();
                    }
                    return backoff.apply(attempt);
                })
                .failAfterMaxAttempts(false)
                .build();
    }

    private static BulkheadConfig bulkheadConfig(int concurrency, Duration wait) {
        return BulkheadConfig.custom().maxConcurrentCalls(concurrency).maxWaitDuration(wait)
                .fairCallHandlingStrategyEnabled(true).build();
    }

    /** The shared state of one provider endpoint. */
    private static final class Lane {
        final CircuitBreaker breaker;
        final Bulkhead bulkhead;
        final Retry retry;

        Lane(String name, Options options) {
            this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                    .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                    .slidingWindowSize(options.circuitWindow())
                    .minimumNumberOfCalls(options.circuitMinimumCalls())
                    .failureRateThreshold(options.circuitFailureRate())
                    .waitDurationInOpenState(options.circuitOpenFor())
                    .permittedNumberOfCallsInHalfOpenState(2)
                    .recordException(e -> e instanceof ProviderException)
                    .build());
            this.bulkhead = Bulkhead.of(name, bulkheadConfig(options.providerConcurrency(), options.bulkheadWait()));
            this.retry = Retry.of(name, retryConfig(options, breaker));
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        openClients.invalidateAll();
        openClients.cleanUp();
    }
}
