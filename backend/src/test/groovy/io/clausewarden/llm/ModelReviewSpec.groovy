package io.clausewarden.llm

import io.clausewarden.identity.Roles
import io.clausewarden.testing.CapturedLogs
import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.StandInProvider
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.sse.SseClient
import io.micronaut.http.sse.Event
import reactor.core.publisher.Flux
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import java.time.Duration

import static io.clausewarden.llm.ModelContracts.*

/**
 * Reviews with a model provider configured for the server: the stand-in is a real HTTP server on loopback
 * speaking the Chat Completions wire format, and every request it receives is inspected.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
class ModelReviewSpec extends ServerSpec {
    static final StandInProvider PROVIDER = new StandInProvider()
    static final String API_KEY = 'sk-stand-in-key-0123456789'

    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    @Inject
    @Client('/')
    SseClient sse

    @Override
    Map<String, Object> extraProperties() {
        ['clausewarden.llm.provider'   : 'openai',
         'clausewarden.llm.base-url'   : PROVIDER.baseUrl('openai'),
         'clausewarden.llm.api-key'    : API_KEY,
         'clausewarden.llm.model'      : 'stand-in-model',
         'clausewarden.llm.region'     : 'US',
         'clausewarden.llm.timeout'    : '2s',
         'clausewarden.llm.first-backoff': '50ms']
    }

    def setup() {
        PROVIDER.reset()
    }

    def cleanupSpec() {
        PROVIDER.close()
    }

    Map review(TestTenants.Member member, String text) {
        client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews', [text: text]).bearerAuth(member.token), Map)
    }

    def "positions with a question get model findings beside the rules' findings, each marked with its source"() {
        given:
        def lawyer = TestTenants.create(context, client)
        PROVIDER.answerWith { Map request, String clause ->
            clause.contains('shall not exceed')
                    ? [verdict: 'does_not_meet', confidence: 0.8, explanation: 'The cap has no carve-outs.',
                       quote: 'shall not exceed the fees paid', suggested_text: null]
                    : [verdict: 'meets', confidence: 0.9, explanation: 'The clause gives the customer what it needs.',
                       quote: null, suggested_text: null]
        }

        when:
        Map report = review(lawyer, saas())

        then:
        report.model.status == 'on'
        report.model.provider == 'openai'
        report.model.providerCalls > 0
        report.notAssessed == []
        def fromModel = report.findings.findAll { it.source == 'model' }
        fromModel*.clauseType.toSet().containsAll(['limitation_of_liability', 'indemnification', 'confidentiality'])
        fromModel.find { it.clauseType == 'limitation_of_liability' }.position == 'deviation'
        fromModel.find { it.clauseType == 'limitation_of_liability' }.rationale.contains('The cap has no carve-outs.')
        report.findings.any { it.source == 'rule' && it.clauseType == 'governing_law' }
    }

    def "a second review of the same contract asks the provider nothing"() {
        given:
        def lawyer = TestTenants.create(context, client)
        Map first = review(lawyer, saas())
        int callsAfterFirst = PROVIDER.callCount()

        when:
        Map second = review(lawyer, saas())

        then:
        callsAfterFirst > 0
        PROVIDER.callCount() == callsAfterFirst
        second.model.providerCalls == 0
        second.model.cached == second.model.questions
        second.findings.findAll { it.source == 'model' }*.id == first.findings.findAll { it.source == 'model' }*.id
    }

    def "cached answers never cross tenants"() {
        given:
        review(TestTenants.create(context, client), saas())
        int callsForFirstFirm = PROVIDER.callCount()

        when:
        Map other = review(TestTenants.create(context, client), saas())

        then:
        other.model.cached == 0
        PROVIDER.callCount() == callsForFirstFirm * 2
    }

    def "every request to the provider is on the configured host, asks not to store, holds no personal data and carries only our provider key"() {
        given:
        def lawyer = TestTenants.create(context, client)

        when:
        review(lawyer, saas())

        then:
        !PROVIDER.requests.isEmpty()
        PROVIDER.requests.every { it.path == '/v1/chat/completions' && it.method == 'POST' }
        PROVIDER.requests.every { it.header('host') == "127.0.0.1:${PROVIDER.port}".toString() }
        PROVIDER.requests.every { it.json.store == false }
        PROVIDER.requests.every { r -> CANARIES.every { canary -> !r.body.contains(canary) } }
        PROVIDER.requests.every { it.header('authorization') == "Bearer ${API_KEY}" }
        PROVIDER.requests.every { r -> !r.body.contains(lawyer.token) && !r.headers.values().flatten().any { it.toString().contains(lawyer.token) } }
        PROVIDER.requests.every { it.json.response_format.type == 'json_schema' }
    }

    def "names masked on the way out are restored in the findings"() {
        given:
        def lawyer = TestTenants.create(context, client)
        PROVIDER.answerWith { Map request, String clause ->
            clause.contains('shall not exceed')
                    ? [verdict: 'does_not_meet', confidence: 0.7, explanation: 'The cap also protects [PARTY_1].',
                       quote: null, suggested_text: null]
                    : [verdict: 'meets', confidence: 0.9, explanation: 'Fine.', quote: null, suggested_text: null]
        }

        when:
        Map report = review(lawyer, saas())

        then:
        report.findings.find { it.source == 'model' && it.clauseType == 'limitation_of_liability' }
                .rationale.contains('The cap also protects Northwind Analytics, Inc.')
    }

    def "a firm in a region without an endpoint gets a rules-only review and a notice; nothing is sent abroad"() {
        given:
        def european = TestTenants.create(context, client, [Roles.LAWYER, Roles.ADMIN] as Set, 'EU')

        when:
        Map report = review(european, saas())

        then:
        PROVIDER.callCount() == 0
        report.model.status == 'no_endpoint_in_region'
        report.model.notice.contains('region EU')
        report.findings.every { it.source == 'rule' }
        report.notAssessed*.reasons.flatten().toSet() == ['no_endpoint_in_region'] as Set
    }

    def "an asynchronous review streams model progress and model findings as they arrive"() {
        given:
        def lawyer = TestTenants.create(context, client)
        String id = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews', [text: saas()])
                .header('Prefer', 'respond-async').bearerAuth(lawyer.token), Map).id

        when:
        List<Event<Map>> events = Flux.from(sse.eventStream(HttpRequest.GET("/api/v1/reviews/${id}/events")
                .bearerAuth(lawyer.token), Map)).collectList().block(Duration.ofSeconds(30))

        then:
        def modelProgress = events.findAll { it.name == 'progress' && it.data.stage == 'model' }
        !modelProgress.isEmpty()
        modelProgress.last().data.done == modelProgress.last().data.total
        events.any { it.name == 'finding' && it.data.source == 'model' }
        events.last().name == 'complete'
    }

    def "neither the clause text nor the provider key is written to the log"() {
        given:
        def lawyer = TestTenants.create(context, client)
        def logs = new CapturedLogs()

        when:
        review(lawyer, saas())

        then:
        !logs.all().contains(API_KEY)
        !logs.all().contains('shall not exceed the fees paid')
        !logs.all().contains('Stand-in answer')

        cleanup:
        logs?.close()
    }
}
