package io.clausewarden.llm

import io.clausewarden.identity.Roles
import io.clausewarden.testing.Bytes
import io.clausewarden.testing.CapturedLogs
import io.clausewarden.testing.Problems
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
class MaskedNamesApiSpec extends ServerSpec {
    static final String PATH = '/api/v1/tenant/model/masked-names'
    static final String CLIENT = 'Priya Raman'
    static final List<String> NAMES = [CLIENT, 'Halvorsen Shipping AS', 'Dr. Amara Osei']

    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    def "an admin stores the firm's names and reads them back"() {
        given:
        def admin = TestTenants.create(context, client)

        when:
        Map saved = put(admin, NAMES)
        Map read = get(admin.token)

        then:
        saved == [names: NAMES]
        read == [names: NAMES]
    }

    def "a firm that has listed no names reads an empty list"() {
        expect:
        get(TestTenants.create(context, client).token) == [names: []]
    }

    def "names are trimmed and listed once, in the order first given"() {
        given:
        def admin = TestTenants.create(context, client)

        expect:
        put(admin, ['  Priya Raman ', 'Amara Osei', 'Priya Raman', "\tAmara Osei"]) == [names: ['Priya Raman', 'Amara Osei']]
    }

    def "an empty list removes the firm's row"() {
        given:
        def admin = TestTenants.create(context, client)
        put(admin, NAMES)

        when:
        Map emptied = put(admin, [])

        then:
        emptied == [names: []]
        get(admin.token) == [names: []]
        TestDatabase.instance.ownerQuery("select count(*) from masked_names where tenant_id = '${admin.tenant}'") { it.getLong(1) } == 0
    }

    def "a lawyer of the firm reads the list"() {
        given:
        def admin = TestTenants.create(context, client)
        put(admin, NAMES)
        String lawyer = TestTenants.colleague(context, client, admin, [Roles.LAWYER] as Set)

        expect:
        get(lawyer) == [names: NAMES]
    }

    def "a lawyer may not change the list"() {
        given:
        def admin = TestTenants.create(context, client)
        put(admin, NAMES)
        String lawyer = TestTenants.colleague(context, client, admin, [Roles.LAWYER] as Set)

        when:
        def problem = Problems.of { client.toBlocking().exchange(HttpRequest.PUT(PATH, [names: ['Someone Else']]).bearerAuth(lawyer), Map) }

        then:
        problem.status == 403
        problem.body.type == 'urn:clausewarden:problem:forbidden'
        get(admin.token) == [names: NAMES]
    }

    def "another firm does not see the first firm's names"() {
        given:
        def admin = TestTenants.create(context, client)
        put(admin, NAMES)
        def otherFirm = TestTenants.create(context, client)

        when:
        String raw = client.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(otherFirm.token), String)

        then:
        get(otherFirm.token) == [names: []]
        !raw.contains(CLIENT)
    }

    def "#what is refused, naming #field, and nothing is stored"() {
        given:
        def admin = TestTenants.create(context, client)
        put(admin, NAMES)

        when:
        def problem = Problems.of { client.toBlocking().exchange(HttpRequest.PUT(PATH, body).bearerAuth(admin.token), Map) }

        then:
        problem.status == 400
        problem.contentType.startsWith('application/problem+json')
        problem.body.type == 'urn:clausewarden:problem:validation'
        problem.body.errors*.field == [field]
        !problem.raw.contains('CANARY')
        get(admin.token) == [names: NAMES]

        where:
        what                         | body                                                          | field
        'a name over 200 characters' | [names: NAMES + ['CANARY' + 'x' * 195]]                       | 'names[3]'
        'a one-character name'       | [names: NAMES + [' C ']]                                      | 'names[3]'
        'a control character'        | [names: NAMES + ["CANARY\u0007Raman"]]                        | 'names[3]'
        'a line break inside a name' | [names: NAMES + ["CANARY\nRaman"]]                            | 'names[3]'
        'a null name'                | [names: NAMES + [null]]                                       | 'names[3]'
        '1,001 names'                | [names: (1..1_001).collect { "CANARY Client ${it}".toString() }] | 'names'
        'no names field'             | [:]                                                           | 'names'
    }

    def "1,000 names of 200 characters are accepted"() {
        given:
        def admin = TestTenants.create(context, client)
        List<String> names = (1..1_000).collect { String.format('%04d', it) + 'n' * 196 }

        expect:
        put(admin, names).names == names
    }

    def "the stored list is ciphertext: the database never holds the names"() {
        given:
        def admin = TestTenants.create(context, client)
        put(admin, NAMES)

        when:
        byte[] stored = TestDatabase.instance.ownerQuery("select names from masked_names where tenant_id = '${admin.tenant}'") { it.getBytes(1) }

        then:
        stored != null
        NAMES.every { name ->
            !Bytes.contains(stored, name.getBytes(StandardCharsets.UTF_8))
                    && !Bytes.contains(stored, name.getBytes(StandardCharsets.UTF_16BE))
        }
        !Bytes.contains(stored, 'Priya'.getBytes(StandardCharsets.UTF_8))
    }

    def "the names never reach the log"() {
        given:
        def admin = TestTenants.create(context, client)
        CapturedLogs logs = new CapturedLogs()

        when:
        put(admin, NAMES)
        get(admin.token)
        Problems.of { client.toBlocking().exchange(HttpRequest.PUT(PATH, [names: NAMES + ['x']]).bearerAuth(admin.token), Map) }
        String captured = logs.all()

        then:
        captured.contains("method=PUT route=${PATH} status=200 ")
        captured.contains("method=PUT route=${PATH} status=400 ")
        NAMES.every { !captured.contains(it) }

        cleanup:
        logs?.close()
    }

    private Map put(TestTenants.Member admin, List<String> names) {
        client.toBlocking().retrieve(HttpRequest.PUT(PATH, [names: names]).bearerAuth(admin.token), Map)
    }

    private Map get(String token) {
        client.toBlocking().retrieve(HttpRequest.GET(PATH).bearerAuth(token), Map)
    }
}
