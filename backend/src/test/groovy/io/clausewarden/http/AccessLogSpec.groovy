package io.clausewarden.http

import groovy.json.JsonSlurper
import io.clausewarden.identity.Roles
import io.clausewarden.testing.CapturedLogs
import io.clausewarden.testing.RawHttps
import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

import java.net.http.HttpRequest

/**
 * Every request writes exactly one access line, whoever answered it: method, route template (or the path
 * with its ids replaced), status, duration, request id, and tenant and user ids once the caller is known;
 * never a body, a query string or a token.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
class AccessLogSpec extends ServerSpec {
    static final String SECRET = 'query-secret-' + UUID.randomUUID()
    static final String BODY_MARKER = 'body-marker-' + UUID.randomUUID()

    @Inject
    ApplicationContext context

    @Inject
    EmbeddedServer server

    @Inject
    @Client('/')
    HttpClient client

    @Shared
    TestTenants.Member admin

    @Shared
    String lawyerToken

    @Shared
    RawHttps raw

    @Override
    Map<String, Object> extraProperties() {
        ['clausewarden.classifier': 'rules']
    }

    def setup() {
        admin = admin ?: TestTenants.create(context, client)
        lawyerToken = lawyerToken ?: TestTenants.colleague(context, client, admin, [Roles.LAWYER] as Set)
        raw = raw ?: new RawHttps(server.URL, ServerSpec.DATA_DIR)
    }

    def "#what writes one access line: #method #route #status"() {
        given:
        String requestId = 'access-' + UUID.randomUUID()
        CapturedLogs logs = new CapturedLogs()

        when:
        int answered = send(what, requestId)
        List<Map> lines = accessLines(logs, requestId)
        logs.close()

        then:
        answered == status
        lines.size() == 1
        lines[0].message ==~ /method=${method} route=${java.util.regex.Pattern.quote(route)} status=${status} durationMs=\d+/
        (lines[0].tenantId == admin.tenant.toString()) == authenticated
        (lines[0].userId != null) == authenticated

        and: 'no line of the request carries its query string, body or token'
        !logs.all().contains(SECRET)
        !logs.all().contains(BODY_MARKER)
        !logs.all().contains(admin.token)
        !logs.all().contains(lawyerToken)

        where:
        what                     | method    | route                        | status | authenticated
        'no token'               | 'GET'     | '/api/v1/reviews/{id}'       | 401    | false
        'the wrong role'         | 'POST'    | '/api/v1/playbooks'          | 403    | true
        'an unknown route'       | 'GET'     | '/api/v1/nothing-here/{id}'  | 404    | true
        'an oversize body'       | 'POST'    | '/api/v1/reviews'            | 413    | true
        'a success'              | 'GET'     | '/api/v1/playbooks'          | 200    | true
        'a CORS refusal'         | 'OPTIONS' | '/api/v1/reviews'            | 403    | false
    }

    private int send(String what, String requestId) {
        switch (what) {
            case 'no token':
                return raw.exchange(raw.request("/api/v1/reviews/${UUID.randomUUID()}?token=${SECRET}")
                        .header('X-Request-Id', requestId).GET().build()).status
            case 'the wrong role':
                return raw.send('POST', "/api/v1/playbooks?note=${SECRET}", 'application/yaml', "id: ${BODY_MARKER}\n", 0, '',
                        false, lawyerToken, ['X-Request-Id': requestId]).status
            case 'an unknown route':
                return raw.exchange(raw.request("/api/v1/nothing-here/${UUID.randomUUID()}?q=${SECRET}")
                        .header('X-Request-Id', requestId).header('Authorization', 'Bearer ' + admin.token).GET().build()).status
            case 'an oversize body':
                return raw.send('POST', "/api/v1/reviews?q=${SECRET}", 'application/json', """{"text": "${BODY_MARKER}" """,
                        3L * 1024 * 1024, '}', true, admin.token, ['X-Request-Id': requestId]).status
            case 'a success':
                return raw.exchange(raw.request("/api/v1/playbooks?q=${SECRET}").header('X-Request-Id', requestId)
                        .header('Authorization', 'Bearer ' + admin.token).GET().build()).status
            case 'a CORS refusal':
                return raw.exchange(raw.request("/api/v1/reviews?q=${SECRET}").header('X-Request-Id', requestId)
                        .header('Origin', 'https://attacker.example').header('Access-Control-Request-Method', 'POST')
                        .method('OPTIONS', HttpRequest.BodyPublishers.noBody()).build()).status
        }
        throw new IllegalArgumentException(what)
    }

    private static List<Map> accessLines(CapturedLogs logs, String requestId) {
        logs.lines.collect { new JsonSlurper().parseText(it) as Map }
                .findAll { it.logger_name == 'io.clausewarden.access' && it.requestId == requestId }
    }
}
