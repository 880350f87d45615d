package io.clausewarden.http

import io.clausewarden.testing.RawHttps
import io.clausewarden.testing.ServerSpec
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

import java.net.http.HttpRequest

/**
 * Cross-origin calls are allowed only from configured origins. A refusal is 403 problem+json with the
 * hardening headers every answer carries, never a bare status.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
class CorsPreflightSpec extends ServerSpec {
    static final String PANEL = 'https://panel.example'

    @Inject
    EmbeddedServer server

    @Shared
    RawHttps raw

    @Override
    Map<String, Object> extraProperties() {
        ['micronaut.server.cors.enabled'                             : true,
         'micronaut.server.cors.configurations.panel.allowed-origins': PANEL]
    }

    def setup() {
        raw = raw ?: new RawHttps(server.URL, ServerSpec.DATA_DIR)
    }

    def "a preflight from a foreign origin answers 403 problem+json with the hardening headers"() {
        when:
        def answer = raw.exchange(preflight('https://attacker.example'))

        then:
        answer.status == 403
        answer.contentType.startsWith('application/problem+json')
        answer.json().type == 'urn:clausewarden:problem:cross-origin-refused'
        answer.json().status == 403
        answer.json().detail.contains('micronaut.server.cors')
        hardened(answer)
        answer.header('Access-Control-Allow-Origin') == null
    }

    def "a plain request from a foreign origin that the framework refuses also answers problem+json"() {
        when:
        def answer = raw.exchange(raw.request('/health').header('Origin', 'https://attacker.example').GET().build())

        then:
        answer.status == 403
        answer.contentType.startsWith('application/problem+json')
        answer.json().type == 'urn:clausewarden:problem:cross-origin-refused'
        hardened(answer)
    }

    def "a preflight from the configured origin is allowed, with the hardening headers too"() {
        when:
        def answer = raw.exchange(preflight(PANEL))

        then:
        answer.status == 200
        answer.header('Access-Control-Allow-Origin') == PANEL
        hardened(answer)
    }

    private HttpRequest preflight(String origin) {
        raw.request('/api/v1/reviews').header('Origin', origin).header('Access-Control-Request-Method', 'POST')
                .method('OPTIONS', HttpRequest.BodyPublishers.noBody()).build()
    }

    private static boolean hardened(RawHttps.Answer answer) {
        assert answer.header('Strict-Transport-Security')?.startsWith('max-age=')
        assert answer.header('X-Content-Type-Options') == 'nosniff'
        assert answer.header('Referrer-Policy') == 'no-referrer'
        assert answer.header('Cache-Control') == 'no-store'
        assert answer.header('Content-Security-Policy')?.contains("default-src 'none'")
        assert answer.header('X-Request-Id')
        true
    }
}
