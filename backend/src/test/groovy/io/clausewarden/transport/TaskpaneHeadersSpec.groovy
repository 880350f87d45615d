package io.clausewarden.transport

import io.clausewarden.testing.RawHttps
import io.clausewarden.testing.RawRequestLine
import io.clausewarden.testing.ServerSpec
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

import java.net.http.HttpRequest

/**
 * Headers per path: the task pane's files may be framed by Office's hosts and load Office.js from Microsoft's
 * CDN, with no inline script; API answers, the manifest and every error keep the strict policy and are never
 * stored. The pane and the manifest need no sign-in; the API still does.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
class TaskpaneHeadersSpec extends ServerSpec {
    static final String STRICT = "default-src 'none'; frame-ancestors 'none'"
    static final String PANE = "default-src 'none'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self';" +
            " img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors https://*.officeapps.live.com" +
            " https://*.office.com https://*.office365.com https://*.sharepoint.com https://*.microsoft365.com" +
            " https://*.cloud.microsoft https://onedrive.live.com; base-uri 'none'; form-action 'none'"

    @Inject
    EmbeddedServer server

    @Shared
    RawHttps raw

    def setup() {
        raw = raw ?: new RawHttps(server.URL, ServerSpec.DATA_DIR)
    }

    private RawHttps.Answer get(String path) {
        raw.exchange(raw.request(path).GET().build())
    }

    def "#path answers #status #type with the #kind headers"() {
        when:
        def answer = get(path)

        then:
        answer.status == status
        answer.contentType?.startsWith(type)
        answer.header('Content-Security-Policy') == policy
        answer.header('Cache-Control') == caching
        answer.header('X-Frame-Options') == frameOptions
        answer.header('X-Content-Type-Options') == 'nosniff'
        answer.header('Strict-Transport-Security') == 'max-age=31536000; includeSubDomains'
        answer.header('Referrer-Policy') == 'no-referrer'
        ['Content-Security-Policy', 'Cache-Control', 'Content-Type'].every { values(answer, it).size() == 1 }

        where:
        path                           | status | type                       | kind     | policy | caching                 | frameOptions
        '/taskpane/taskpane.html'      | 200    | 'text/html'                | 'pane'   | PANE   | 'no-cache'              | null
        '/taskpane/taskpane.css'       | 200    | 'text/css'                 | 'pane'   | PANE   | 'no-cache'              | null
        '/taskpane/vendor/office.js'   | 200    | 'text/javascript'          | 'pane'   | PANE   | 'no-cache'              | null
        '/taskpane/support.html'       | 200    | 'text/html'                | 'pane'   | PANE   | 'no-cache'              | null
        '/taskpane/assets/icon-16.png' | 200    | 'image/png'                | 'pane'   | PANE   | 'public, max-age=86400' | null
        '/taskpane/assets/icon-80.png' | 200    | 'image/png'                | 'pane'   | PANE   | 'public, max-age=86400' | null
        '/taskpane/missing.js'         | 404    | 'application/problem+json' | 'strict' | STRICT | 'no-store'              | 'DENY'
        '/addin/manifest.xml'          | 200    | 'application/xml'          | 'strict' | STRICT | 'no-store'              | 'DENY'
        '/health'                      | 200    | 'application/json'         | 'strict' | STRICT | 'no-store'              | 'DENY'
        '/api/v1/playbooks'            | 401    | 'application/problem+json' | 'strict' | STRICT | 'no-store'              | 'DENY'
    }

    private static List<String> values(RawHttps.Answer answer, String name) {
        answer.headers.findAll { k, v -> k.equalsIgnoreCase(name) }.values().flatten() as List<String>
    }

    def "the pane's page loads Office.js from Microsoft's CDN when nothing else is configured"() {
        when:
        def answer = get('/taskpane/taskpane.html')

        then:
        answer.raw.contains('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>')
    }

    def "the pane's files are the packaged files, byte for byte"() {
        given:
        byte[] packaged = new File(System.getProperty('user.dir')).toPath().resolveSibling('taskpane-static')
                .resolve('assets/icon-32.png').toFile().bytes

        when:
        def answer = RawRequestLine.get(server.port, ServerSpec.DATA_DIR, '/taskpane/assets/icon-32.png')

        then:
        answer.status == 200
        answer.body() == packaged
    }

    def "without a configured public URL the manifest names https://localhost and the server's port"() {
        when:
        def answer = get('/addin/manifest.xml')

        then:
        answer.status == 200
        answer.raw.contains("<SourceLocation DefaultValue=\"https://localhost:${server.port}/taskpane/taskpane.html\"/>")
    }

    def "#method #path still needs a sign-in"() {
        when:
        def answer = raw.exchange(raw.request(path).method(method, HttpRequest.BodyPublishers.ofString(''))
                .header('Content-Type', 'application/json').build())

        then:
        answer.status == 401

        where:
        method   | path
        'GET'    | '/api/v1/playbooks'
        'GET'    | '/api/v1/playbooks/saas-customer'
        'POST'   | '/api/v1/playbooks'
        'POST'   | '/api/v1/reviews'
        'GET'    | '/api/v1/reviews/00000000-0000-0000-0000-000000000001'
        'GET'    | '/api/v1/reviews/00000000-0000-0000-0000-000000000001/events'
        'GET'    | '/api/v1/reviews/00000000-0000-0000-0000-000000000001/redline.docx'
        'GET'    | '/api/v1/tenant/settings'
        'GET'    | '/api/v1/tenant/model'
        'GET'    | '/api/v1/tenant/model/masked-names'
        'GET'    | '/api/v1/schemas/playbook.json'
    }

    def "the sign-in route stays open without a token"() {
        when:
        def answer = raw.exchange(raw.request('/api/v1/auth/login').POST(HttpRequest.BodyPublishers.ofString(
                '{"email":"nobody@example.test","password":"wrong password"}')).header('Content-Type', 'application/json').build())

        then:
        answer.status != 403
        answer.status == 401 || answer.status == 400
        answer.contentType.startsWith('application/problem+json')
    }

    def "#target never reaches a file outside the pane"() {
        when:
        def answer = RawRequestLine.get(server.port, ServerSpec.DATA_DIR, target)

        then:
        answer.status in [400, 404]
        !answer.text.contains('micronaut:')
        !answer.text.contains('datasources')
        !answer.text.contains('{{ORIGIN}}')
        !answer.text.contains('<configuration')
        !answer.text.contains('\u00ca\u00fe\u00ba\u00be')

        where:
        target << [
                '/taskpane/../application.yml',
                '/taskpane/%2e%2e/application.yml',
                '/taskpane/%2E%2E/application.yml',
                '/taskpane/..%2fapplication.yml',
                '/taskpane/..%2Fapplication.yml',
                '/taskpane/%2e%2e%2fapplication.yml',
                '/taskpane/..%5capplication.yml',
                '/taskpane/..\\application.yml',
                '/taskpane/%252e%252e/application.yml',
                '/taskpane/..;/application.yml',
                '/taskpane/....//application.yml',
                '/taskpane//application.yml',
                '/taskpane/%2fapplication.yml',
                '/taskpane/assets/../../application.yml',
                '/taskpane/../addin/manifest-template.xml',
                '/taskpane/../logback.xml',
                '/taskpane/../io/clausewarden/Application.class',
                '/taskpane/%c0%ae%c0%ae/application.yml',
        ]
    }
}
