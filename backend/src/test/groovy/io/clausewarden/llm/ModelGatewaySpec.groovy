package io.clausewarden.llm

import io.clausewarden.llm.provider.HttpModelClients
import io.clausewarden.tenant.TenantId
import io.clausewarden.testing.Egress
import io.clausewarden.testing.StandInProvider
import spock.lang.AutoCleanup
import spock.lang.Specification

import java.time.Clock
import java.time.Duration

/** The gateway against a real stand-in on loopback: concurrency limits, cache scope and Retry-After handling. */
class ModelGatewaySpec extends Specification {
    @AutoCleanup
    StandInProvider provider = new StandInProvider()

    @AutoCleanup
    ModelGateway gateway

    ModelSettings settings() {
        new ModelSettings(ProviderKind.OPENAI, 'stand-in-model', [(Region.US): URI.create(provider.baseUrl('openai'))],
                ApiKey.of('sk-gateway'), Long.MAX_VALUE)
    }

    ModelGateway gateway(int providerConcurrency, int tenantConcurrency) {
        def d = ModelGateway.Options.defaults()
        gateway = new ModelGateway(Egress.clientsFor(provider), new InMemoryTokenBudget(Clock.systemUTC()),
                new ModelGateway.Options(Duration.ofSeconds(5), 3, Duration.ofMillis(20), Duration.ofSeconds(2),
                        providerConcurrency, tenantConcurrency, d.bulkheadWait(), d.circuitOpenFor(), d.circuitWindow(),
                        d.circuitMinimumCalls(), d.circuitFailureRate(), d.cacheEntries(), d.cacheTtl(),
                        d.maxOutputTokens(), d.maxClauseChars(), d.workerThreads()))
        gateway
    }

    List<Judgement> askAll(JudgementSession session, int count, String positionKey = 'p@1#liability') {
        (1..count).collect { session.ask(new Question(positionKey, 'Limitation of Liability', 'Is there a cap?', null, "Clause number ${it}.")) }
                *.join()
    }

    JudgementSession session(TenantId tenant) {
        gateway.open(tenant, Optional.of(Region.US), settings(), [], [])
    }

    def "a document's questions run concurrently, up to the provider's bulkhead"() {
        given:
        gateway(4, 16)
        provider.latency(Duration.ofMillis(150))

        when:
        def answers = askAll(session(TenantId.random()), 20)

        then:
        answers.every { it instanceof Judgement.Answered }
        provider.maxConcurrent() == 4
    }

    def "one firm cannot take more than its own bulkhead of a provider"() {
        given:
        gateway(16, 2)
        provider.latency(Duration.ofMillis(150))

        when:
        askAll(session(TenantId.random()), 10)

        then:
        provider.maxConcurrent() == 2
    }

    def "a cached answer is scoped to the firm, the playbook version and the position"() {
        given:
        gateway(8, 8)
        def firm = TenantId.random()
        askAll(session(firm), 1, 'saas@2#liability')

        when:
        askAll(session(firm), 1, 'saas@2#liability')
        askAll(session(firm), 1, 'saas@3#liability')
        askAll(session(TenantId.random()), 1, 'saas@2#liability')

        then: 'only the repeated question was answered from the cache'
        provider.callCount() == 3
    }

    def "forgetting a firm drops its cached answers"() {
        given:
        gateway(8, 8)
        def firm = TenantId.random()
        askAll(session(firm), 1)

        when:
        gateway.forget(firm)
        askAll(session(firm), 1)

        then:
        provider.callCount() == 2
    }

    def "a Retry-After beyond the longest wait is not waited for"() {
        given:
        gateway(8, 8)
        provider.failNext(1, 429, ['Retry-After': '3600'])

        when:
        def answers = askAll(session(TenantId.random()), 1)

        then:
        answers == [new Judgement.NotAssessed(Judgement.Reason.PROVIDER_UNAVAILABLE)]
        provider.callCount() == 1
    }

    def "a session for a firm whose region has no endpoint sends nothing"() {
        given:
        gateway(8, 8)

        when:
        def session = gateway.open(TenantId.random(), Optional.of(Region.EU), settings(), [], [])
        def answers = askAll(session, 3)

        then:
        !session.active()
        answers.every { it == new Judgement.NotAssessed(Judgement.Reason.NO_ENDPOINT_IN_REGION) }
        session.use().status() == ModelUse.NO_ENDPOINT_IN_REGION
        provider.callCount() == 0
    }
}
