package io.clausewarden.review

import io.clausewarden.testing.MinimalDocx
import io.clausewarden.testing.Problems
import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.TestDatabase
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.multipart.MultipartBody
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

import java.nio.charset.StandardCharsets

/**
 * Upload file names: at most 255 characters and no control characters (422 otherwise, never 500), kept
 * without any path the client sent, and stored only encrypted under the firm's key.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
class UploadNamesSpec extends ServerSpec {
    static final MediaType DOCX = MediaType.of('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    static final byte[] CONTRACT = MinimalDocx.withBody(MinimalDocx.paragraph(MinimalDocx.run(
            'This Agreement is governed by the laws of the State of New York.')))

    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    @Shared
    TestTenants.Member lawyer

    @Override
    Map<String, Object> extraProperties() {
        ['clausewarden.classifier': 'rules']
    }

    def setup() {
        lawyer = lawyer ?: TestTenants.create(context, client)
    }

    def "a #length-character file name answers 422 naming the limit"() {
        when:
        Map problem = Problems.of { upload(('n' * (length - 5)) + '.docx') }

        then:
        problem.status == 422
        problem.contentType.startsWith('application/problem+json')
        problem.body.detail.contains('255 characters')

        where:
        length << [256, 300]
    }

    def "a name with a control character answers 422"() {
        when:
        Map problem = Problems.of { upload("contract\u0007.docx") }

        then:
        problem.status == 422
        problem.body.detail.contains('control characters')
    }

    def "a 255-character name is accepted"() {
        expect:
        upload(('n' * 250) + '.docx').status.code == 201
    }

    def "a name round-trips into the redlined copy, without the path the client sent"() {
        given:
        Map report = upload(sent).body()

        when:
        HttpResponse<byte[]> redline = client.toBlocking().exchange(
                HttpRequest.GET("/api/v1/reviews/${report.id}/redline.docx").bearerAuth(lawyer.token), byte[])

        then:
        redline.header('Content-Disposition') == "attachment; filename=\"${redlined}\""

        where:
        sent                                   || redlined
        'Master-Services-Agreement-Acme.docx'  || 'Master-Services-Agreement-Acme.redlined.docx'
        'C:\\Users\\pat\\Desktop\\nda.docx'    || 'nda.redlined.docx'
        '../../etc/passwd.docx'                || 'passwd.redlined.docx'
    }

    def "the database holds the name only encrypted"() {
        given:
        String name = 'Confidential-Merger-Agreement-' + UUID.randomUUID() + '.docx'
        Map report = upload(name).body()

        when:
        byte[] stored = TestDatabase.instance.ownerQuery(
                "SELECT document_name_sealed FROM reviews WHERE id = '${report.id}'") { it.getBytes(1) }
        Integer plainColumns = TestDatabase.instance.ownerQuery(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = 'reviews' AND column_name = 'document_name'") { it.getInt(1) }

        then:
        stored != null && stored.length > name.length()
        !new String(stored, StandardCharsets.ISO_8859_1).contains(name)
        !new String(stored, StandardCharsets.ISO_8859_1).contains('Confidential-Merger')
        plainColumns == 0
    }

    private HttpResponse<Map> upload(String name) {
        MultipartBody body = MultipartBody.builder().addPart('file', name, DOCX, CONTRACT).build()
        client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(lawyer.token), Map)
    }
}
