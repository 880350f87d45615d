package io.clausewarden.document

import groovy.json.JsonSlurper
import io.clausewarden.testing.HealthWatch
import io.clausewarden.testing.Problems
import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.http.client.multipart.MultipartBody
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

import java.time.Duration
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * Hostile and heavy .docx uploads against the running server: a part that inflates far past its limit is
 * refused before any parser builds anything, also four at once while /health stays quick; a large
 * legitimate document is still reviewed; a parse that cannot get a permit in time answers 503.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
class DocumentIngestionAttackSpec extends ServerSpec {
    static final MediaType DOCX = MediaType.of('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    static final long MIB = 1024 * 1024
    /** Set here rather than left at its default, so that the refusals show the configured value reached the reader. */
    static final long XML_PART_LIMIT = 24 * MIB

    @Inject
    ApplicationContext context

    @Inject
    EmbeddedServer server

    @Inject
    DocumentReader documents

    @Inject
    @Client('/')
    HttpClient client

    @Shared
    TestTenants.Member lawyer

    @Shared
    byte[] hostile = LargeDocx.withXmlPart('word/document.xml', 95 * MIB)

    @Override
    Map<String, Object> extraProperties() {
        ['clausewarden.classifier'                          : 'rules',
         'clausewarden.limits.document.max-xml-part-bytes'  : XML_PART_LIMIT,
         'clausewarden.limits.document.parse-wait'          : '300ms']
    }

    def setup() {
        lawyer = lawyer ?: TestTenants.create(context, client)
    }

    def "an 11 MB upload whose document.xml inflates to 95 MB answers 422 naming the limit"() {
        expect: 'the fixture is what the finding described'
        hostile.length > 10 * 1000 * 1000 && hostile.length < 12 * 1000 * 1000

        when:
        Map problem = Problems.of { upload(hostile) }

        then:
        problem.status == 422
        problem.contentType.startsWith('application/problem+json')
        problem.body.type == 'urn:clausewarden:problem:unprocessable-document'
        problem.body.detail.contains('word/document.xml')
        problem.body.detail.contains("clausewarden.limits.document.max-xml-part-bytes (${XML_PART_LIMIT})")
        !problem.raw.contains('Exception')
    }

    def "four such uploads at once all answer 422 while /health answers within a second"() {
        given:
        def pool = Executors.newFixedThreadPool(4)
        def watch = HealthWatch.start(server.URL, ServerSpec.DATA_DIR)

        when:
        def answers = (1..4).collect { pool.submit({ Problems.of { upload(hostile) }.status } as java.util.concurrent.Callable<Integer>) }
                .collect { it.get(60, TimeUnit.SECONDS) }
        sleep(300)
        watch.stop()
        pool.shutdown()

        then:
        answers == [422, 422, 422, 422]
        watch.healthyWithin(Duration.ofSeconds(1))
    }

    def "a 150 MB #part answers 422"() {
        given:
        byte[] docx = LargeDocx.withXmlPart(part, 150 * MIB)

        when:
        Map problem = Problems.of { upload(docx) }

        then:
        docx.length < 25 * MIB
        problem.status == 422
        problem.body.detail.contains("max-xml-part-bytes (${XML_PART_LIMIT})")

        where:
        part << ['word/document.xml', 'word/styles.xml']
    }

    def "a legitimate 11 MB document with a large image is still reviewed"() {
        given:
        byte[] docx = LargeDocx.withImage(11 * 1000 * 1000)

        when:
        HttpResponse<Map> response = upload(docx)

        then:
        docx.length > 11 * 1000 * 1000
        response.status.code == 201
        response.body().clauses*.heading.containsAll(['Governing Law', 'Limitation of Liability'])
        response.body().findings*.clauseType.containsAll(['governing_law', 'limitation_of_liability'])
    }

    def "an upload that finds every parse permit taken for the whole wait answers 503 with Retry-After"() {
        given: 'other parses hold every permit'
        int permits = documents.limits().concurrentParses()
        def holding = new CountDownLatch(permits)
        def release = new CountDownLatch(1)
        def holders = (1..permits).collect {
            Thread.start { documents.withPermit { holding.countDown(); release.await(30, TimeUnit.SECONDS) } }
        }
        holding.await(10, TimeUnit.SECONDS)

        when:
        upload(LargeDocx.withImage(1000))

        then:
        HttpClientResponseException refused = thrown()
        refused.status.code == 503
        refused.response.header('Retry-After').toLong() >= 1
        Map body = new JsonSlurper().parseText(refused.response.getBody(String).get()) as Map
        body.type == 'urn:clausewarden:problem:unavailable'
        body.detail.contains("clausewarden.limits.document.concurrent-parses (${permits})")

        when: 'the other parses finish'
        release.countDown()
        holders*.join(10_000)

        then: 'the same upload is reviewed'
        upload(LargeDocx.withImage(1000)).status.code == 201

        cleanup:
        release.countDown()
    }

    private HttpResponse<Map> upload(byte[] content) {
        MultipartBody body = MultipartBody.builder().addPart('file', 'contract.docx', DOCX, content).build()
        client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(lawyer.token), Map)
    }
}
