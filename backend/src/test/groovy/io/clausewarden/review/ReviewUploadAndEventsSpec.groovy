package io.clausewarden.review

import groovy.json.JsonSlurper
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
import io.micronaut.http.client.sse.SseClient
import io.micronaut.http.sse.Event
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.poi.xwpf.usermodel.XWPFDocument
import reactor.core.publisher.Flux
import spock.lang.Shared

import java.time.Duration
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

@MicronautTest(environments = ['postgres'], transactional = false)
class ReviewUploadAndEventsSpec extends ServerSpec {
    static final MediaType DOCX = MediaType.of('application/vnd.openxmlformats-officedocument.wordprocessingml.document')

    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    @Inject
    @Client('/')
    SseClient sse

    @Shared
    TestTenants.Member lawyer

    def setup() {
        lawyer = lawyer ?: TestTenants.create(context, client)
    }

    def "a .docx upload is reviewed with headings from its Word styles"() {
        when:
        HttpResponse<Map> response = upload(docx(['Governing Law': 'This Agreement is governed by the laws of the State of Texas.',
                                                  'Limitation of Liability': 'Liability of each party is unlimited.']))

        then:
        response.status.code == 201
        response.body().clauses*.heading.containsAll(['Governing Law', 'Limitation of Liability'])
        response.body().findings*.clauseType.containsAll(['governing_law', 'limitation_of_liability'])
        response.body().findings.findAll { it.quote }.every { f -> response.body().clauses[f.clauseIndex as int].text.contains(f.quote) }
    }

    def "an asynchronous review answers 202 at once and streams progress, findings and completion as server-sent events"() {
        when:
        HttpResponse<Map> accepted = client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews',
                [text: '1. Governing Law\nThis Agreement is governed by the laws of the State of Texas.'])
                .header('Prefer', 'respond-async').bearerAuth(lawyer.token), Map)
        String id = accepted.body().id
        List<Event<Map>> events = Flux.from(sse.eventStream(HttpRequest.GET("/api/v1/reviews/${id}/events")
                .bearerAuth(lawyer.token), Map)).collectList().block(Duration.ofSeconds(30))

        then:
        accepted.status.code == 202
        accepted.header('Location') == "/api/v1/reviews/${id}"
        accepted.body().events == "/api/v1/reviews/${id}/events"
        events*.name.first() == 'progress'
        events*.name.last() == 'complete'
        events.findAll { it.name == 'finding' }*.data*.clauseType.contains('governing_law')
        events.last().data.findings == events.count { it.name == 'finding' }

        and: 'the result is there afterwards'
        client.toBlocking().retrieve(HttpRequest.GET("/api/v1/reviews/${id}").bearerAuth(lawyer.token), Map).findings
                .any { it.clauseType == 'governing_law' }
    }

    def "the events of a finished review are replayed from the stored result"() {
        given:
        Map report = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews',
                [text: 'This Agreement is governed by the laws of the State of Texas.']).bearerAuth(lawyer.token), Map)

        when:
        List<Event<Map>> events = Flux.from(sse.eventStream(HttpRequest.GET("/api/v1/reviews/${report.id}/events")
                .bearerAuth(lawyer.token), Map)).collectList().block(Duration.ofSeconds(30))

        then:
        events*.name == ['progress'] + ['finding'] * report.findings.size() + ['complete']
        events.findAll { it.name == 'finding' }*.data*.id == report.findings*.id
    }

    def "another firm cannot follow a review's events"() {
        given:
        Map report = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews',
                [text: 'This Agreement is governed by the laws of the State of Texas.']).bearerAuth(lawyer.token), Map)
        def otherFirm = TestTenants.create(context, client)

        when:
        client.toBlocking().exchange(HttpRequest.GET("/api/v1/reviews/${report.id}/events").bearerAuth(otherFirm.token), String)

        then:
        HttpClientResponseException e = thrown()
        e.status.code == 404
    }

    def "a malicious or broken .docx (#what) is refused with 422 and the next request still works"() {
        when:
        def problem = Problems.of { upload(bytes) }

        then:
        problem.status == 422
        problem.body.type == 'urn:clausewarden:problem:unprocessable-document'
        problem.body.detail

        and:
        upload(docx(['Governing Law': 'This Agreement is governed by the laws of the State of New York.'])).status.code == 201

        where:
        what                    | bytes
        'a zip bomb'            | zipBomb()
        'an XXE payload'        | xxe()
        'a path-traversal name' | zip(['../evil.txt': 'x', 'word/document.xml': '<w:document/>'])
        'random bytes'          | new byte[4096].with { new Random(7).nextBytes(it); it }
    }

    def "an upload over 25 MiB answers 413 problem+json"() {
        when:
        def problem = Problems.of { upload(new byte[25 * 1024 * 1024 + 4096]) }

        then:
        problem.status == 413
        problem.body.type == 'urn:clausewarden:problem:payload-too-large'
    }

    private HttpResponse<Map> upload(byte[] content) {
        MultipartBody body = MultipartBody.builder().addPart('file', 'contract.docx', DOCX, content).build()
        client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(lawyer.token), Map)
    }

    private static byte[] docx(Map<String, String> sections) {
        XWPFDocument document = new XWPFDocument()
        sections.each { heading, text ->
            def title = document.createParagraph()
            title.style = 'Heading1'
            title.createRun().text = heading
            document.createParagraph().createRun().text = text
        }
        def out = new ByteArrayOutputStream()
        document.write(out)
        out.toByteArray()
    }

    private static byte[] zip(Map<String, String> entries) {
        def out = new ByteArrayOutputStream()
        new ZipOutputStream(out).withCloseable { zip ->
            entries.each { name, text ->
                zip.putNextEntry(new ZipEntry(name))
                zip.write(text.getBytes('UTF-8'))
                zip.closeEntry()
            }
        }
        out.toByteArray()
    }

    private static byte[] zipBomb() {
        def out = new ByteArrayOutputStream()
        new ZipOutputStream(out).withCloseable { zip ->
            zip.putNextEntry(new ZipEntry('[Content_Types].xml'))
            zip.write('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'.bytes)
            zip.closeEntry()
            zip.putNextEntry(new ZipEntry('word/document.xml'))
            byte[] zeros = new byte[1024 * 1024]
            300.times { zip.write(zeros) }
            zip.closeEntry()
        }
        out.toByteArray()
    }

    private static byte[] xxe() {
        zip(['[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
             'word/document.xml'  : '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
                     '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>'])
    }

}
