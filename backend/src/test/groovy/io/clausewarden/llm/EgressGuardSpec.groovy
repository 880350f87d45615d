package io.clausewarden.llm

import io.clausewarden.testing.HealthWatch
import io.clausewarden.testing.Problems
import io.clausewarden.testing.ScriptedHostResolver
import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.SilentListener
import io.clausewarden.testing.StandInProvider
import io.clausewarden.testing.TestDatabase
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions

import java.sql.Connection
import java.time.Duration
import java.util.concurrent.ThreadLocalRandom

import static io.clausewarden.llm.ModelContracts.saas

/**
 * A firm administrator cannot aim the server's model calls at internal services. The operator here runs a local
 * model server (the server default) and lists one more loopback origin for firms, plus a wildcard for a hosted
 * provider; every other loopback port, private range and spelling of an address is refused when it is set (422),
 * and a destination that becomes forbidden later is refused when the call connects, with nothing sent.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
class EgressGuardSpec extends ServerSpec {
    static final String PATH = '/api/v1/tenant/model'
    static final StandInProvider OPERATOR = new StandInProvider()
    static final StandInProvider LISTED = new StandInProvider()
    static final StandInProvider OTHER = new StandInProvider()
    static final String PUBLIC_ADDRESS = '93.184.215.14'
    static TestTenants.Member sharedAdmin

    @Inject
    ApplicationContext context

    @Inject
    EmbeddedServer server

    @Inject
    @Client('/')
    HttpClient client

    @Override
    Map<String, Object> extraProperties() {
        ['clausewarden.llm.provider'           : 'openai',
         'clausewarden.llm.base-url'           : OPERATOR.baseUrl('openai'),
         'clausewarden.llm.model'              : 'stand-in-model',
         'clausewarden.llm.allowed-hosts'      : "${LISTED.origin()}, *.rebind.example".toString(),
         'clausewarden.llm.timeout'            : '2s',
         'clausewarden.llm.first-backoff'      : '20ms',
         'clausewarden.test.scripted-resolver' : 'true']
    }

    def setup() {
        [OPERATOR, LISTED, OTHER]*.reset()
        resolver().answer('loopback.rebind.example', '127.0.0.1')
                .answer('mixed.rebind.example', PUBLIC_ADDRESS, '10.1.2.3')
                .answer('metadata.rebind.example', '169.254.169.254')
                .answer('mapped.rebind.example', '::ffff:127.0.0.1')
    }

    def cleanupSpec() {
        [OPERATOR, LISTED, OTHER]*.close()
    }

    ScriptedHostResolver resolver() {
        context.getBean(ScriptedHostResolver)
    }

    TestTenants.Member admin() {
        if (sharedAdmin == null) {
            sharedAdmin = TestTenants.create(context, client)
        }
        sharedAdmin
    }

    Map put(TestTenants.Member member, String url) {
        client.toBlocking().retrieve(HttpRequest.PUT(PATH, [provider: 'openai', model: 'stand-in-model', endpoints: [US: url],
                                                            apiKey  : 'sk-firm-key-CANARY-51c0']).bearerAuth(member.token), Map)
    }

    Map review(TestTenants.Member member) {
        client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews', [text: saas()]).bearerAuth(member.token), Map)
    }

    static Set<String> reasons(Map report) {
        report.notAssessed*.reasons.flatten() as Set
    }

    def "a firm endpoint at #what is refused with 422 naming the field, and nothing is called"() {
        when:
        def problem = Problems.of { put(admin(), url) }

        then:
        problem.status == 422
        problem.contentType.startsWith('application/problem+json')
        problem.body.type == 'urn:clausewarden:problem:endpoint-not-allowed'
        problem.body.errors*.field == ['endpoints.US']
        !problem.raw.contains('CANARY')

        and: 'nothing was stored and no stand-in was called'
        client.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(admin().token), Map).source == 'server'
        [OPERATOR, LISTED, OTHER].every { it.callCount() == 0 }

        where:
        what                                             | url
        'loopback port 6379 (a cache)'                   | 'http://127.0.0.1:6379/v1'
        'loopback port 5432 (the database)'              | 'http://127.0.0.1:5432/v1'
        'another loopback service'                       | OTHER.baseUrl('openai')
        'the listed port over https'                     | "https://127.0.0.1:${LISTED.port}/v1"
        'the listed port under the name localhost'       | "http://localhost:${LISTED.port}/v1"
        'the listed port on IPv6 loopback'               | "http://[::1]:${LISTED.port}/v1"
        'IPv4-mapped loopback on another port'           | 'http://[::ffff:127.0.0.1]:6379/v1'
        'a 10.x address'                                 | 'https://10.0.0.5/v1'
        'a 192.168.x address'                            | 'https://192.168.1.1/v1'
        'a 172.16.x address'                             | 'https://172.16.0.1/v1'
        'a unique-local IPv6 address'                    | 'https://[fd00::1]/v1'
        'the cloud metadata address'                     | 'http://169.254.169.254/latest/meta-data'
        'the unspecified address 0.0.0.0'                | "http://0.0.0.0:${LISTED.port}/v1"
        'the unspecified address ::'                     | "http://[::]:${LISTED.port}/v1"
        'loopback spelt in decimal'                      | "http://2130706433:${LISTED.port}/v1"
        'loopback spelt in octal'                        | "http://0177.0.0.1:${LISTED.port}/v1"
        'loopback spelt short'                           | "http://127.1:${LISTED.port}/v1"
        'loopback spelt in hexadecimal'                  | "http://0x7f000001:${LISTED.port}/v1"
        'a wildcard name resolving to loopback'          | 'https://loopback.rebind.example/v1'
        'a wildcard name resolving to public and private'| 'https://mixed.rebind.example/v1'
        'a wildcard name resolving to cloud metadata'    | 'https://metadata.rebind.example/v1'
        'a wildcard name resolving to mapped loopback'   | 'https://mapped.rebind.example/v1'
        'a wildcard name that does not resolve'          | 'https://nowhere.rebind.example/v1'
        'a wildcard name on another port'                | "https://models.rebind.example:${LISTED.port}/v1"
        'a hosted provider the operator did not list'    | 'https://api.openai.com/v1'
    }

    def "the origin the operator lists is accepted and called: #which"() {
        given:
        def firm = TestTenants.create(context, client)

        when:
        Map saved = put(firm, provider.baseUrl('openai'))
        Map report = review(firm)

        then:
        saved.endpoints == [US: provider.baseUrl('openai')]
        report.notAssessed == []
        report.model.providerCalls > 0
        provider.callCount() == report.model.providerCalls
        provider.requests.every { it.header('authorization') == 'Bearer sk-firm-key-CANARY-51c0' }

        where:
        which                          | provider
        'the listed stand-in'          | LISTED
        'the operator\'s own endpoint' | OPERATOR
    }

    def "a stored endpoint the operator no longer lists is not called: the review completes on the rules"() {
        given: 'settings stored when the operator listed an origin it no longer does'
        SilentListener service = new SilentListener()
        def firm = TestTenants.create(context, client)
        ownerUpdate("""insert into model_settings (tenant_id, provider, model, endpoints, daily_token_limit, updated_at)
                       values ('${firm.tenant}', 'openai', 'm', '{"US":"http://127.0.0.1:${service.port}/v1"}', 100000, now())""")
        def watch = HealthWatch.start(server.URL, ServerSpec.DATA_DIR)
        new PollingConditions(timeout: 10).eventually { assert watch.polls() >= 1 }

        when:
        Map report = review(firm)
        new PollingConditions(timeout: 10).eventually { assert watch.polls() >= 3 }
        watch.stop()

        then:
        report.findings.every { it.source == 'rule' }
        report.findings.any { it.clauseType == 'governing_law' }
        !report.notAssessed.isEmpty()
        service.connections() == 0
        service.bytesReceived() == 0
        OPERATOR.callCount() == 0
        watch.healthyWithin(Duration.ofSeconds(1))

        cleanup:
        service?.close()
        watch?.stop()
    }

    def "a name that resolved to a public address when set and to #answer when called is refused on connecting; nothing is sent"() {
        given: 'an internal service at the https port of a loopback address'
        def random = ThreadLocalRandom.current()
        String loopback = "127.${random.nextInt(1, 255)}.${random.nextInt(1, 255)}.${random.nextInt(2, 255)}"
        SilentListener service = new SilentListener(loopback, 443)
        String name = "models-${random.nextInt(1_000_000)}.rebind.example"
        def firm = TestTenants.create(context, client)

        and: 'the name resolves to a public address when the administrator sets it'
        resolver().answer(name, PUBLIC_ADDRESS)
        Map saved = put(firm, "https://${name}/v1")

        and: 'then it is rebound to the internal service'
        resolver().answer(name, *answer.collect { it == 'LOOPBACK' ? loopback : it })
        def watch = HealthWatch.start(server.URL, ServerSpec.DATA_DIR)
        new PollingConditions(timeout: 10).eventually { assert watch.polls() >= 1 }

        when:
        Map report = review(firm)
        new PollingConditions(timeout: 10).eventually { assert watch.polls() >= 3 }
        watch.stop()

        then: 'the review completes on the rules, the model positions marked not assessed'
        saved.endpoints == [US: "https://${name}/v1".toString()]
        reasons(report) == ['provider_unavailable'] as Set
        report.findings.every { it.source == 'rule' }
        report.notAssessed*.clauseType.containsAll(['limitation_of_liability', 'indemnification'])

        and: 'the name was resolved again at call time, and the service heard nothing'
        resolver().timesAsked(name) >= 2
        service.connections() == 0
        service.bytesReceived() == 0
        watch.healthyWithin(Duration.ofSeconds(1))

        cleanup:
        service?.close()
        watch?.stop()

        where:
        answer << [['LOOPBACK'], ['LOOPBACK', PUBLIC_ADDRESS]]
    }

    private static void ownerUpdate(String sql) {
        Connection c = TestDatabase.instance.ownerConnection()
        try {
            c.createStatement().executeUpdate(sql)
        } finally {
            c.close()
        }
    }
}
