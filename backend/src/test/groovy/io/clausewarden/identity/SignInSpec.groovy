package io.clausewarden.identity

import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

@MicronautTest(environments = ['postgres'], transactional = false)
class SignInSpec extends ServerSpec {
    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    def "a correct password returns a bearer token in OAuth 2 field names"() {
        given:
        def member = TestTenants.create(context, client)

        when:
        Map body = client.toBlocking().retrieve(
                HttpRequest.POST('/api/v1/auth/login', [email: member.email.toUpperCase(), password: TestTenants.PASSWORD]), Map)

        then:
        body.token_type == 'Bearer'
        body.expires_in == 900
        (body.access_token as String).split('\\.').length == 3
        body.password_change_required == false
    }

    def "the token opens protected routes"() {
        given:
        def member = TestTenants.create(context, client)

        when:
        HttpResponse<List> response = client.toBlocking().exchange(
                HttpRequest.GET('/api/v1/playbooks').bearerAuth(member.token), List)

        then:
        response.status.code == 200
    }

    def "sign-in with #what answers 401 problem+json without saying which part was wrong"() {
        given:
        def member = TestTenants.create(context, client)

        when:
        client.toBlocking().exchange(HttpRequest.POST('/api/v1/auth/login',
                [email: email ?: member.email, password: password]), Map)

        then:
        HttpClientResponseException e = thrown()
        e.status.code == 401
        e.response.contentType.get().toString() == 'application/problem+json'
        Map problem = e.response.getBody(Map).get()
        problem.type == 'urn:clausewarden:problem:invalid-credentials'
        problem.detail == 'The e-mail or password is not correct.'

        where:
        what             | email                    | password
        'a wrong password' | null                   | 'not the password'
        'an unknown e-mail' | 'nobody@example.test' | TestTenants.PASSWORD
    }

    def "a protected route without a token answers 401 problem+json"() {
        when:
        client.toBlocking().exchange(HttpRequest.GET('/api/v1/playbooks'), Map)

        then:
        HttpClientResponseException e = thrown()
        e.status.code == 401
        e.response.contentType.get().toString() == 'application/problem+json'
        e.response.getBody(Map).get().type == 'urn:clausewarden:problem:unauthorized'
    }

    def "a forged token is refused"() {
        given:
        def member = TestTenants.create(context, client)
        String[] parts = member.token.split('\\.')
        String forged = parts[0] + '.' + parts[1] + '.' + parts[2].reverse()

        when:
        client.toBlocking().exchange(HttpRequest.GET('/api/v1/playbooks').bearerAuth(forged), Map)

        then:
        HttpClientResponseException e = thrown()
        e.status.code == 401
    }

    def "stored password hashes are Argon2id PHC strings"() {
        given:
        def member = TestTenants.create(context, client)

        expect:
        TestDatabaseHashes.hashOf(member.email).matches('[$]argon2id[$]v=19[$]m=19456,t=2,p=1[$][A-Za-z0-9+/]{22}[$][A-Za-z0-9+/]{43}')
    }
}
