package io.clausewarden.logging

import groovy.json.JsonSlurper
import io.clausewarden.testing.CapturedLogs
import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

@MicronautTest(environments = ['postgres'], transactional = false)
class NoSecretsInLogsSpec extends ServerSpec {
    static final String CLAUSE_CANARY = 'CANARY-CLAUSE-7f3a9'
    static final String PASSWORD_CANARY = 'CANARY-PASSWORD-51be2'

    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    def "clause text, passwords and tokens never reach the log"() {
        given:
        def member = TestTenants.create(context, client)
        CapturedLogs logs = new CapturedLogs()

        when: 'a failed and a successful sign-in, a review, a malformed body and a bad token'
        quietly { TestTenants.signIn(client, member.email, PASSWORD_CANARY) }
        String token = TestTenants.signIn(client, member.email, TestTenants.PASSWORD)
        client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', [text: "The laws of ${CLAUSE_CANARY} govern this Agreement.".toString()])
                .bearerAuth(token), Map)
        quietly {
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', "{\"text\": \"${CLAUSE_CANARY}".toString())
                    .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token), Map)
        }
        quietly { client.toBlocking().exchange(HttpRequest.GET('/api/v1/playbooks').bearerAuth(token + 'x'), Map) }
        Map accepted = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews', [text: "Governed by the laws of ${CLAUSE_CANARY}.".toString()])
                .header('Prefer', 'respond-async').bearerAuth(token), Map)
        awaitDone(token, accepted.id as String)
        quietly {
            def body = io.micronaut.http.client.multipart.MultipartBody.builder().addPart('file', 'canary.docx',
                    MediaType.APPLICATION_OCTET_STREAM_TYPE, xxeDocx(CLAUSE_CANARY)).build()
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', body)
                    .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token), Map)
        }
        String captured = logs.all()

        then: 'the requests were logged'
        captured.contains('method=POST route=/api/v1/reviews status=201 ')
        captured.contains('method=POST route=/api/v1/auth/login status=401 ')
        captured.contains('method=POST route=/api/v1/reviews status=202 ')
        captured.contains('method=POST route=/api/v1/reviews status=422 ')

        and: 'none of the secrets were'
        !captured.contains(CLAUSE_CANARY)
        !captured.contains(PASSWORD_CANARY)
        !captured.contains(TestTenants.PASSWORD)
        !captured.contains(token)
        !captured.contains(token.split('\\.')[2])

        cleanup:
        logs?.close()
    }

    def "log lines are JSON with the request id, tenant id and user id"() {
        given:
        def member = TestTenants.create(context, client)
        CapturedLogs logs = new CapturedLogs()

        when:
        def response = client.toBlocking().exchange(HttpRequest.GET('/api/v1/playbooks').bearerAuth(member.token), List)
        Map line = logs.lines.collect { new JsonSlurper().parseText(it) as Map }
                .find { it.message ==~ /method=GET route=\/api\/v1\/playbooks status=200 durationMs=\d+/ }

        then:
        line.requestId == response.header('X-Request-Id')
        line.tenantId == member.tenant.toString()
        line.userId == member.userId.toString()
        line.level == 'INFO'

        cleanup:
        logs?.close()
    }

    private void awaitDone(String token, String id) {
        for (int i = 0; i < 100; i++) {
            if (client.toBlocking().exchange(HttpRequest.GET("/api/v1/reviews/${id}").bearerAuth(token), Map).status.code == 200) {
                return
            }
            sleep(100)
        }
        throw new AssertionError('the review did not finish')
    }

    private static byte[] xxeDocx(String canary) {
        def out = new ByteArrayOutputStream()
        new java.util.zip.ZipOutputStream(out).withCloseable { zip ->
            zip.putNextEntry(new java.util.zip.ZipEntry('word/document.xml'))
            zip.write("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document><w:body><w:p><w:r><w:t>${canary} &x;</w:t></w:r></w:p></w:body></w:document>".getBytes('UTF-8'))
            zip.closeEntry()
        }
        out.toByteArray()
    }

    private static void quietly(Closure call) {
        try {
            call()
        } catch (HttpClientResponseException ignored) {
            // the failure is the point
        }
    }
}
