package io.clausewarden.addin

import io.clausewarden.testing.RawHttps
import io.clausewarden.testing.ServerSpec
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

/**
 * An air-gapped firm serves Office.js itself ({@code clausewarden.addin.office-js-url}): the pane's page names
 * that copy instead of Microsoft's CDN, and the pane's policy then allows scripts from this server only.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
class SelfHostedOfficeJsSpec extends ServerSpec {
    static final String LOCAL_COPY = '/taskpane/vendor/office.js'

    @Inject
    EmbeddedServer server

    @Shared
    RawHttps raw

    @Override
    Map<String, Object> extraProperties() {
        ['clausewarden.addin.office-js-url': LOCAL_COPY]
    }

    def setup() {
        raw = raw ?: new RawHttps(server.URL, ServerSpec.DATA_DIR)
    }

    def "the served page loads the firm's copy of Office.js and nothing from Microsoft's CDN"() {
        when:
        def answer = raw.exchange(raw.request('/taskpane/taskpane.html').GET().build())

        then:
        answer.status == 200
        answer.raw.contains('<script src="/taskpane/vendor/office.js"></script>')
        !answer.raw.contains('appsforoffice.microsoft.com')
    }

    def "the pane's script policy names this server only"() {
        when:
        def answer = raw.exchange(raw.request('/taskpane/taskpane.html').GET().build())

        then:
        answer.header('Content-Security-Policy').contains("; script-src 'self'; ")
        !answer.header('Content-Security-Policy').contains('appsforoffice')
    }

    def "the firm's copy is served from the pane's files as JavaScript"() {
        when:
        def answer = raw.exchange(raw.request(LOCAL_COPY).GET().build())

        then:
        answer.status == 200
        answer.contentType.startsWith('text/javascript')
        answer.raw.contains('window.Office')
    }
}
