package io.clausewarden.http

import io.clausewarden.playbook.PlaybookApiSpec
import io.clausewarden.testing.HealthWatch
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

import java.time.Duration
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * Request bodies are held to the limit of their content type by counting the bytes that arrive: a chunked
 * body (no Content-Length) is refused as soon as it passes the limit, a declared length over the limit
 * before the body is read, each with 413 problem+json naming the limit.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
class BodyLimitsSpec extends ServerSpec {
    static final long MIB = 1024 * 1024
    static final String CLAUSE = 'This Agreement is governed by the laws of the State of New York.'

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
    RawHttps raw

    @Override
    Map<String, Object> extraProperties() {
        ['clausewarden.classifier': 'rules']
    }

    def setup() {
        admin = admin ?: TestTenants.create(context, client)
        raw = raw ?: new RawHttps(server.URL, ServerSpec.DATA_DIR)
    }

    def "a #size MiB JSON review request #framing answers #status"() {
        when:
        def answer = raw.send('POST', '/api/v1/reviews', 'application/json', """{"text": "${CLAUSE}"}""",
                (long) (size * MIB), '', chunked, admin.token)

        then:
        answer.status == status
        status != 413 || tooLarge(answer, 'clausewarden.limits.json-body-bytes (2097152 bytes)')

        where:
        size | chunked || status
        1    | false   || 201
        1    | true    || 201
        3    | false   || 413
        3    | true    || 413
        10   | false   || 413
        10   | true    || 413

        framing = chunked ? 'sent chunked' : 'with Content-Length'
    }

    def "a #size MiB YAML playbook #framing answers #status"() {
        when:
        def answer = raw.send('POST', '/api/v1/playbooks', 'application/yaml',
                PlaybookApiSpec.definition('padded-' + UUID.randomUUID().toString().substring(0, 8)) + '\n',
                (long) (size * MIB), '\n', chunked, admin.token)

        then:
        answer.status == status
        status != 413 || tooLarge(answer, 'clausewarden.limits.yaml-body-bytes (1048576 bytes)')

        where:
        size | chunked || status
        0.5  | true    || 201
        2    | true    || 413
        2    | false   || 413

        framing = chunked ? 'sent chunked' : 'with Content-Length'
    }

    def "a multipart upload over 25 MiB sent chunked answers 413 naming the upload limit"() {
        given:
        String boundary = 'cw' + UUID.randomUUID().toString().replace('-', '')
        String head = "--${boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n" +
                "Content-Type: text/plain\r\n\r\n${CLAUSE}"

        when:
        def answer = raw.send('POST', '/api/v1/reviews', "multipart/form-data; boundary=${boundary}", head,
                26 * MIB, "\r\n--${boundary}--\r\n", true, admin.token)

        then:
        answer.status == 413
        tooLarge(answer, 'clausewarden.limits.upload-bytes (26214400 bytes)')
    }

    def "a compressed body answers 415 before it is inflated"() {
        given: 'a gzip body that inflates past the JSON limit'
        def packed = new ByteArrayOutputStream()
        new java.util.zip.GZIPOutputStream(packed).withCloseable { gz ->
            gz.write(("{\"text\": \"${CLAUSE}\"" + (' ' * (3 * MIB)) + '}').getBytes('UTF-8'))
        }

        when:
        def answer = raw.exchange(raw.request('/api/v1/reviews').header('Content-Type', 'application/json')
                .header('Content-Encoding', 'gzip').header('Authorization', 'Bearer ' + admin.token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(packed.toByteArray())).build())

        then:
        packed.size() < 100 * 1024
        answer.status == 415
        answer.contentType.startsWith('application/problem+json')
        answer.json().detail.contains('Content-Encoding')
    }

    def "the connection still serves requests after a refused chunked body"() {
        when: 'two oversize bodies and a good one go over whatever connections the client keeps'
        def first = raw.send('POST', '/api/v1/reviews', 'application/json', '{"text": "x"}', 3 * MIB, '', true, admin.token)
        def second = raw.send('POST', '/api/v1/reviews', 'application/json', '{"text": "x"}', 3 * MIB, '', true, admin.token)
        def good = raw.send('POST', '/api/v1/reviews', 'application/json', """{"text": "${CLAUSE}"}""", 10, '', true, admin.token)

        then:
        [first.status, second.status, good.status] == [413, 413, 201]
    }

    def "/health answers within a second while oversize chunked bodies flood in"() {
        given:
        def pool = Executors.newFixedThreadPool(6)
        def watch = HealthWatch.start(server.URL, ServerSpec.DATA_DIR)

        when:
        def answers = (1..18).collect {
            pool.submit({
                raw.send('POST', '/api/v1/reviews', 'application/json', '{"text": "x"}', 6 * MIB, '', true, admin.token).status
            } as Callable<Integer>)
        }.collect { it.get(120, TimeUnit.SECONDS) }
        sleep(300)
        watch.stop()
        pool.shutdown()

        then:
        answers.every { it == 413 }
        watch.healthyWithin(Duration.ofSeconds(1))
    }

    private static boolean tooLarge(RawHttps.Answer answer, String limit) {
        Map body = answer.json()
        assert answer.contentType.startsWith('application/problem+json')
        assert body.type == 'urn:clausewarden:problem:payload-too-large'
        assert body.status == 413
        assert body.detail.contains(limit)
        assert answer.header('X-Content-Type-Options') == 'nosniff'
        assert answer.header('Strict-Transport-Security')
        assert answer.header('X-Request-Id')
        true
    }
}
