package io.clausewarden.llm

import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.StandInProvider
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import java.time.Duration

import static io.clausewarden.llm.ModelContracts.saas

/**
 * When the provider is slow, limited, broken or gone, a review still completes with the rules' findings and says
 * which positions the model did not assess. Each feature gives its firm a stand-in provider of its own, so that
 * circuit breakers and caches do not carry over between features.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
class ModelResilienceSpec extends ServerSpec {
    static final StandInProvider SERVER_DEFAULT = new StandInProvider()
    /** One firm stand-in per feature, started before the server so that the operator can list their origins. */
    static final List<StandInProvider> FIRM_PROVIDERS = (1..12).collect { new StandInProvider() }
    static int nextProvider = 0

    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    StandInProvider provider
    TestTenants.Member firm

    @Override
    Map<String, Object> extraProperties() {
        // the operator lists exactly the firms' stand-ins; each firm below configures one of its own
        ['clausewarden.llm.allowed-hosts'       : FIRM_PROVIDERS*.origin().join(','),
         'clausewarden.llm.provider'            : 'openai',
         'clausewarden.llm.base-url'            : SERVER_DEFAULT.baseUrl('openai'),
         'clausewarden.llm.model'               : 'stand-in-model',
         'clausewarden.llm.timeout'             : '1s',
         'clausewarden.llm.first-backoff'       : '20ms',
         'clausewarden.llm.max-retry-after'     : '5s',
         'clausewarden.llm.circuit.open-for'    : '2s',
         'clausewarden.llm.circuit.window'      : '6',
         'clausewarden.llm.circuit.minimum-calls': '6']
    }

    def setup() {
        provider = FIRM_PROVIDERS[nextProvider++]
        firm = TestTenants.create(context, client)
        useProvider(firm, 'openai', provider.baseUrl('openai'))
    }

    def cleanup() {
        provider?.close()
    }

    def cleanupSpec() {
        SERVER_DEFAULT.close()
        FIRM_PROVIDERS*.close()
    }

    void useProvider(TestTenants.Member member, String kind, String baseUrl, Long dailyTokenLimit = null) {
        Map change = [provider: kind, model: 'stand-in-model', endpoints: [US: baseUrl], apiKey: 'sk-firm-key']
        if (dailyTokenLimit != null) {
            change.dailyTokenLimit = dailyTokenLimit
        }
        client.toBlocking().exchange(HttpRequest.PUT('/api/v1/tenant/model', change).bearerAuth(member.token), Map)
    }

    Map review(String text = saas()) {
        client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews', [text: text]).bearerAuth(firm.token), Map)
    }

    Map modelSettings() {
        client.toBlocking().retrieve(HttpRequest.GET('/api/v1/tenant/model').bearerAuth(firm.token), Map)
    }

    static Set<String> reasons(Map report) {
        report.notAssessed*.reasons.flatten() as Set
    }

    def "a 429 with Retry-After is waited out and the question is still answered"() {
        given:
        provider.failNext(1, 429, ['Retry-After': '1'])

        when:
        Map report = review()

        then:
        report.notAssessed == []
        provider.callCount() == report.model.providerCalls + 1
        report.findings.any { it.source == 'model' }
    }

    def "server errors are retried with backoff before the question is given up"() {
        given:
        provider.failNext(2, 503)

        when:
        Map report = review()

        then:
        report.notAssessed == []
        provider.callCount() == report.model.providerCalls + 2
    }

    def "a provider that keeps failing leaves the rules' findings and marks the positions not assessed"() {
        given:
        provider.failNext(1000, 500)

        when:
        Map report = review()

        then:
        report.findings.every { it.source == 'rule' }
        report.findings.any { it.clauseType == 'governing_law' }
        reasons(report) == ['provider_unavailable'] as Set
        report.notAssessed*.clauseType.containsAll(['limitation_of_liability', 'indemnification', 'confidentiality'])
    }

    def "a provider that never answers costs one call timeout, not a hung review"() {
        given:
        provider.hang()

        when:
        Map report = review()

        then:
        reasons(report) == ['provider_unavailable'] as Set
        report.findings.any { it.source == 'rule' }

        cleanup:
        provider.stopHanging()
    }

    def "an answer that is not JSON is discarded"() {
        given:
        provider.rawReply { Map request -> '{"choices": [{"message": {"content": "Sure! It meets the position."}}]}' }

        when:
        Map report = review()

        then:
        reasons(report) == ['invalid_answer'] as Set
        report.findings.every { it.source == 'rule' }
    }

    def "a firm that has spent its daily tokens gets rules-only reviews until tomorrow"() {
        given:
        useProvider(firm, 'openai', provider.baseUrl('openai'), 1)
        review()
        int calls = provider.callCount()

        when: 'a different contract, so nothing comes from the cache'
        Map report = review(saas(ModelContracts.LIABILITY.replace('twelve (12)', 'six (6)')))

        then:
        calls > 0
        provider.callCount() == calls
        reasons(report) == ['budget_exhausted'] as Set
        modelSettings().usedTokensToday > 1
    }

    def "the Anthropic Messages format gives the same judgement"() {
        given:
        useProvider(firm, 'anthropic', provider.baseUrl('anthropic'))
        provider.answerWith { Map request, String clause ->
            [verdict: 'does_not_meet', confidence: 0.8, explanation: 'Not mutual enough.', quote: null, suggested_text: null]
        }

        when:
        Map report = review()

        then:
        provider.requests.every { it.path == '/v1/messages' && it.json.tool_choice.type == 'tool' }
        report.findings.findAll { it.source == 'model' }.every { it.position == 'deviation' }
        report.notAssessed == []
    }

    def "a provider killed in the middle of a review: the review completes, the circuit opens, and closes once the provider is back"() {
        given:
        provider.latency(Duration.ofMillis(400))

        when: 'the provider dies while the first questions are in flight'
        String id = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews', [text: saas()])
                .header('Prefer', 'respond-async').bearerAuth(firm.token), Map).id
        waitUntil { provider.callCount() >= 1 }
        provider.stop()
        Map report = waitForReview(id)

        then: 'the review is complete, with the rules findings and not-assessed markers'
        report.id == id
        report.findings.any { it.source == 'rule' }
        reasons(report) == ['provider_unavailable'] as Set

        when: 'further reviews fail fast while the circuit is open'
        Map whileOpen = review(saas(ModelContracts.LIABILITY.replace('twelve (12)', 'nine (9)')))

        then:
        modelSettings().circuit == 'OPEN'
        reasons(whileOpen) == ['provider_unavailable'] as Set

        when: 'the provider comes back and the open period passes'
        provider.restart()
        provider.latency(Duration.ZERO)
        Thread.sleep(2_200)
        Map afterwards = review(saas(ModelContracts.LIABILITY.replace('twelve (12)', 'ten (10)')))

        then:
        afterwards.notAssessed == []
        modelSettings().circuit == 'CLOSED'
    }

    void waitUntil(Closure<Boolean> condition) {
        long deadline = System.currentTimeMillis() + 20_000
        while (!condition() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20)
        }
        assert condition()
    }

    Map waitForReview(String id) {
        Map body = null
        waitUntil {
            body = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/reviews/${id}").bearerAuth(firm.token), Map)
            body.status != 'running'
        }
        body
    }
}
