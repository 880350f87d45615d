package io.clausewarden.llm

import io.clausewarden.identity.Roles
import io.clausewarden.testing.Bytes
import io.clausewarden.testing.CapturedLogs
import io.clausewarden.testing.Problems
import io.clausewarden.testing.ScriptedHostResolver
import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.TestDatabase
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import java.nio.charset.StandardCharsets
import java.sql.Connection

@MicronautTest(environments = ['postgres'], transactional = false)
class ModelSettingsApiSpec extends ServerSpec {
    static final String PATH = '/api/v1/tenant/model'
    static final String KEY = 'sk-CANARY-tenant-key-7b2d90'
    static final String SERVER_URL = 'http://127.0.0.1:11434/v1'
    static final Map VALID = [provider: 'anthropic', model: 'claude-sonnet', endpoints: [US: 'https://api.anthropic.com'],
                              apiKey  : KEY, dailyTokenLimit: 50_000]

    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    @Override
    Map<String, Object> extraProperties() {
        ['clausewarden.llm.provider': 'openai', 'clausewarden.llm.base-url': SERVER_URL,
         'clausewarden.llm.model'   : 'server-model', 'clausewarden.llm.daily-token-limit': '777',
         'clausewarden.test.scripted-resolver': 'true']
    }

    def setup() {
        // hosted providers' names resolve to public addresses; nothing here connects to them
        context.getBean(ScriptedHostResolver)
                .answer('api.anthropic.com', '160.79.104.10')
                .answer('api.openai.com', '162.159.140.245')
                .answer('x.openai.azure.com', '20.42.65.85')
    }

    def "an admin stores the firm's settings and reads them back without the key"() {
        given:
        def admin = TestTenants.create(context, client)

        when:
        Map saved = put(admin, VALID)
        String raw = client.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(admin.token), String)
        Map read = client.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(admin.token), Map)

        then:
        saved == read
        read == [provider        : 'anthropic', model: 'claude-sonnet', endpoints: [US: 'https://api.anthropic.com'],
                 apiKeyConfigured: true, dailyTokenLimit: 50_000, usedTokensToday: 0, region: 'US', source: 'tenant',
                 circuit         : null]
        !raw.contains(KEY)
        !raw.contains('apiKey"')
    }

    def "a lawyer of the firm sees the settings in effect"() {
        given:
        def admin = TestTenants.create(context, client)
        put(admin, VALID)
        String lawyer = TestTenants.colleague(context, client, admin, [Roles.LAWYER] as Set)

        expect:
        client.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(lawyer), Map).model == 'claude-sonnet'
    }

    def "the stored key is ciphertext: the database never holds its text"() {
        given:
        def admin = TestTenants.create(context, client)
        put(admin, VALID)

        when:
        byte[] stored = TestDatabase.instance.ownerQuery("select api_key from model_settings where tenant_id = '${admin.tenant}'") { it.getBytes(1) }
        byte[] key = KEY.getBytes(StandardCharsets.UTF_8)

        then:
        stored != null
        stored.length > key.length
        !new String(stored, StandardCharsets.ISO_8859_1).contains(KEY)
        !Bytes.contains(stored, key)
    }

    def "another firm sees the server's settings, never the first firm's"() {
        given:
        def admin = TestTenants.create(context, client)
        put(admin, VALID)
        def otherFirm = TestTenants.create(context, client)

        when:
        String raw = client.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(otherFirm.token), String)
        Map other = client.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(otherFirm.token), Map)

        then:
        other == [provider        : 'openai', model: 'server-model', endpoints: [US: SERVER_URL], apiKeyConfigured: false,
                  dailyTokenLimit : 777, usedTokensToday: 0, region: 'US', source: 'server', circuit: null]
        !raw.contains('claude-sonnet')
        !raw.contains(KEY)
    }

    def "only an admin may #action the settings"() {
        given:
        def lawyer = TestTenants.create(context, client, [Roles.LAWYER] as Set)

        when:
        def problem = Problems.of { client.toBlocking().exchange(request.bearerAuth(lawyer.token), Map) }

        then:
        problem.status == 403
        problem.body.type == 'urn:clausewarden:problem:forbidden'
        !problem.raw.contains(KEY)

        where:
        action   | request
        'change' | HttpRequest.PUT(PATH, VALID)
        'reset'  | HttpRequest.DELETE(PATH)
    }

    def "a change without apiKey keeps the stored key"() {
        given:
        def admin = TestTenants.create(context, client)
        put(admin, VALID)

        when:
        Map changed = put(admin, VALID.findAll { it.key != 'apiKey' } + [model: 'claude-opus'])

        then:
        changed.model == 'claude-opus'
        changed.apiKeyConfigured == true
        storedKey(admin) == KEY
    }

    def "an empty apiKey removes the stored key"() {
        given:
        def admin = TestTenants.create(context, client)
        put(admin, VALID)

        when:
        Map changed = put(admin, VALID + [apiKey: ''])

        then:
        changed.apiKeyConfigured == false
        storedKey(admin) == null
        TestDatabase.instance.ownerQuery("select api_key from model_settings where tenant_id = '${admin.tenant}'") { it.getBytes(1) } == null
    }

    def "a change without dailyTokenLimit keeps the stored limit, and a first one takes the server's"() {
        given:
        def admin = TestTenants.create(context, client)

        when:
        Map first = put(admin, VALID.findAll { it.key != 'dailyTokenLimit' })
        put(admin, VALID + [dailyTokenLimit: 1_000])
        Map kept = put(admin, VALID.findAll { it.key != 'dailyTokenLimit' })

        then:
        first.dailyTokenLimit == 777
        kept.dailyTokenLimit == 1_000
    }

    def "an explicit provider none turns the model off for the firm although the server has one"() {
        given:
        def admin = TestTenants.create(context, client)

        when:
        Map saved = put(admin, [provider: 'none'])

        then:
        saved.provider == 'none'
        saved.source == 'tenant'
        !context.getBean(io.clausewarden.llm.store.TenantModelSettings).effective(admin.tenant).enabled()
    }

    def "DELETE returns the firm to the server's settings"() {
        given:
        def admin = TestTenants.create(context, client)
        put(admin, VALID)

        when:
        def deleted = client.toBlocking().exchange(HttpRequest.DELETE(PATH).bearerAuth(admin.token))
        Map read = client.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(admin.token), Map)

        then:
        deleted.status.code == 204
        read.source == 'server'
        read.model == 'server-model'
        read.apiKeyConfigured == false
        TestDatabase.instance.ownerQuery("select count(*) from model_settings where tenant_id = '${admin.tenant}'") { it.getLong(1) } == 0
    }

    def "the endpoint #url is accepted"() {
        given:
        def admin = TestTenants.create(context, client)

        expect:
        put(admin, VALID + [provider: 'openai', endpoints: [US: url]]).endpoints == [US: url]

        where:
        url << [SERVER_URL,
                'https://api.openai.com/v1',
                'https://x.openai.azure.com/openai/deployments/d',
                'https://x.openai.azure.com/openai/deployments/d?api-version=2024-06-01']
    }

    def "#what is refused, naming #field"() {
        given:
        def admin = TestTenants.create(context, client)

        when:
        def problem = Problems.of { client.toBlocking().exchange(HttpRequest.PUT(PATH, VALID + change).bearerAuth(admin.token), Map) }

        then:
        problem.status == status
        problem.contentType.startsWith('application/problem+json')
        problem.body.type == (status == 422 ? 'urn:clausewarden:problem:endpoint-not-allowed' : 'urn:clausewarden:problem:validation')
        problem.body.errors*.field.contains(field)
        !problem.raw.contains(KEY)

        and: 'nothing was stored'
        client.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(admin.token), Map).source == 'server'

        where:
        what                           | change                                                                            | field             | status
        'a private address over http'  | [endpoints: [US: 'http://10.0.0.5/v1']]                                           | 'endpoints.US'    | 422
        'a host not on the allow-list' | [endpoints: [US: 'https://internal.corp/v1']]                                     | 'endpoints.US'    | 422
        'a URL with user information'  | [endpoints: [US: 'https://user:pw@api.anthropic.com']]                            | 'endpoints.US'    | 400
        'a query'                      | [endpoints: [US: 'https://api.anthropic.com/?x=1']]                               | 'endpoints.US'    | 400
        'a fragment'                   | [endpoints: [US: 'https://api.anthropic.com/#x']]                                 | 'endpoints.US'    | 400
        'region MARS'                  | [endpoints: [US: 'https://api.anthropic.com', MARS: 'https://api.anthropic.com']] | 'endpoints'       | 400
        'no endpoint in the region'    | [endpoints: [EU: 'https://api.anthropic.com']]                                    | 'endpoints'       | 400
        'provider gemini'              | [provider: 'gemini']                                                              | 'provider'        | 400
        'no provider'                  | [provider: null]                                                                  | 'provider'        | 400
        'a provider without a model'   | [model: '']                                                                       | 'model'           | 400
        'a negative limit'             | [dailyTokenLimit: -1]                                                             | 'dailyTokenLimit' | 400
        'a limit over 10^12'           | [dailyTokenLimit: 1_000_000_000_001]                                              | 'dailyTokenLimit' | 400
        'a key with spaces'            | [apiKey: KEY + ' ' + KEY]                                                         | 'apiKey'          | 400
    }

    def "the problem does not repeat what was refused"() {
        given:
        def admin = TestTenants.create(context, client)

        when:
        def problem = Problems.of {
            client.toBlocking().exchange(HttpRequest.PUT(PATH, VALID + [provider: 'CANARY-provider', endpoints: [US: 'https://CANARY-host.example/v1']])
                    .bearerAuth(admin.token), Map)
        }

        then:
        problem.status == 400
        !problem.raw.contains('CANARY')
    }

    def "the key never reaches the log"() {
        given:
        def admin = TestTenants.create(context, client)
        CapturedLogs logs = new CapturedLogs()

        when:
        put(admin, VALID)
        Problems.of { client.toBlocking().exchange(HttpRequest.PUT(PATH, VALID + [endpoints: [US: 'https://internal.corp']]).bearerAuth(admin.token), Map) }
        Problems.of { client.toBlocking().exchange(HttpRequest.PUT(PATH, '{"apiKey": "' + KEY + '", "provider": ').bearerAuth(admin.token), Map) }
        client.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(admin.token), Map)
        String captured = logs.all()

        then:
        captured.contains("PUT ${PATH} 200")
        captured.contains("PUT ${PATH} 400")
        captured.contains("GET ${PATH} 200")
        !captured.contains(KEY)

        cleanup:
        logs?.close()
    }

    def "usedTokensToday is the firm's count in the ledger"() {
        given:
        def admin = TestTenants.create(context, client)
        def otherFirm = TestTenants.create(context, client)
        context.getBean(TokenBudget).record(admin.tenant, 1_234)

        expect:
        client.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(admin.token), Map).usedTokensToday == 1_234
        client.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(otherFirm.token), Map).usedTokensToday == 0
    }

    def "a stored endpoint the allow-list no longer permits is not used"() {
        given: 'settings stored while the operator allowed a host that is no longer allowed'
        def admin = TestTenants.create(context, client)
        ownerUpdate("""insert into model_settings (tenant_id, provider, model, endpoints, daily_token_limit, updated_at)
                       values ('${admin.tenant}', 'openai', 'm', '{"US":"https://retired.example/v1"}', 10, now())""")

        when:
        Map read = client.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(admin.token), Map)

        then:
        read.source == 'tenant'
        read.endpoints == [:]
    }

    private Map put(TestTenants.Member admin, Map body) {
        client.toBlocking().retrieve(HttpRequest.PUT(PATH, body).bearerAuth(admin.token), Map)
    }

    private String storedKey(TestTenants.Member member) {
        context.getBean(io.clausewarden.llm.store.TenantModelSettings).stored(member.tenant)
                .map { it.settings().apiKey()?.reveal() }.orElse(null)
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
