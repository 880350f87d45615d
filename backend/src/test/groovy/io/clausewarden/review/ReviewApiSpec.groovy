package io.clausewarden.review

import io.clausewarden.contracttype.ContractFixtures
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
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

import java.security.MessageDigest

@MicronautTest(environments = ['postgres'], transactional = false)
class ReviewApiSpec extends ServerSpec {
    static final String CONTRACT = '''\
1. Governing Law
This Agreement shall be governed by the laws of the State of Texas, without regard to its conflict of laws rules.

2. Limitation of Liability
Nothing in this Agreement limits either party's liability, and the Provider's liability shall be unlimited.

3. Payment
Customer will pay all undisputed invoices within thirty (30) days of receipt.
'''

    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    @Shared
    TestTenants.Member lawyer

    def setup() {
        lawyer = lawyer ?: TestTenants.create(context, client)
    }

    def "a review of contract text returns its clauses and the playbook's findings"() {
        when:
        HttpResponse<Map> response = post([text: CONTRACT])
        Map report = response.body()

        then:
        response.status.code == 201
        response.header('Location') == "/api/v1/reviews/${report.id}"
        report.playbook == [id: 'saas-customer', version: 6]
        report.clauses*.heading.any { it?.contains('Governing Law') }
        report.clauses.every { it.types instanceof List }
        report.findings*.clauseType.containsAll(['governing_law', 'limitation_of_liability'])
        report.findings.every { it.risk in ['high', 'medium', 'low', 'ok'] && it.source in ['rule', 'model'] }
    }

    def "every quoted finding is verbatim in the submitted text and carries its SHA-256"() {
        when:
        Map report = post([text: CONTRACT]).body()
        List<Map> quoted = report.findings.findAll { it.quote != null }

        then:
        !quoted.isEmpty()
        quoted.every { CONTRACT.contains(it.quote as String) }
        quoted.every { it.quoteSha256 == sha256(it.quote as String) }
    }

    def "a governing law outside the allowed list is a finding that names the jurisdiction"() {
        when:
        Map finding = post([text: CONTRACT]).body().findings.find { it.clauseType == 'governing_law' }

        then:
        finding.quote.contains('State of Texas')
        finding.position in ['deviation', 'red_line']
        finding.suggestedText != null
        !finding.suggestedText.contains('Texas')
    }

    def "clauses can be sent one by one"() {
        when:
        Map report = post([clauses: [
                [id: 'c1', text: 'This Agreement is governed by the laws of the State of Texas.'],
                [id: 'c2', text: 'Customer shall pay invoices within 30 days.']]]).body()

        then:
        report.clauses.size() == 2
        report.clauses*.text == ['This Agreement is governed by the laws of the State of Texas.',
                                 'Customer shall pay invoices within 30 days.']
        report.findings.any { it.clauseType == 'governing_law' && it.clauseIndex == 0 }
    }

    def "a missing required clause is reported"() {
        when:
        Map report = post([text: 'Customer will pay all invoices within thirty (30) days of receipt.']).body()

        then:
        report.findings.any { it.position == 'missing' && it.clauseType == 'limitation_of_liability' && it.quote == null }
    }

    def "a stored review can be read back by its id"() {
        given:
        Map created = post([text: CONTRACT]).body()

        when:
        Map read = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/reviews/${created.id}").bearerAuth(lawyer.token), Map)

        then:
        read == created
    }

    def "the stored review is encrypted: the database never holds the clause text"() {
        given:
        Map created = post([text: CONTRACT]).body()

        when:
        byte[] payload = storedPayload(created.id as String)

        then:
        payload.length > 0
        !new String(payload, 'ISO-8859-1').contains('State of Texas')
        !new String(payload, 'UTF-8').contains('Governing Law')
    }

    def "another firm's review answers 404, exactly like one that does not exist"() {
        given:
        Map created = post([text: CONTRACT]).body()
        def otherFirm = TestTenants.create(context, client)

        when:
        def foreign = Problems.of { client.toBlocking().exchange(HttpRequest.GET("/api/v1/reviews/${created.id}").bearerAuth(otherFirm.token), Map) }
        def absent = Problems.of { client.toBlocking().exchange(HttpRequest.GET("/api/v1/reviews/${UUID.randomUUID()}").bearerAuth(otherFirm.token), Map) }

        then:
        foreign.status == 404
        foreign.body.findAll { it.key != 'instance' && it.key != 'requestId' } == absent.body.findAll { it.key != 'instance' && it.key != 'requestId' }
    }

    def "an unknown playbook answers 404 problem+json"() {
        when:
        def problem = Problems.of { post([playbookId: 'no-such-playbook', text: CONTRACT]) }

        then:
        problem.status == 404
        problem.contentType == 'application/problem+json'
        problem.body.type == 'urn:clausewarden:problem:not-found'
        problem.body.detail == "Playbook 'no-such-playbook' was not found."
    }

    def "malformed JSON answers 400 problem+json without echoing the body"() {
        when:
        def problem = Problems.of {
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', '{"text": "SECRET-CLAUSE", ')
                    .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(lawyer.token), Map)
        }

        then:
        problem.status == 400
        problem.contentType == 'application/problem+json'
        problem.body.type == 'urn:clausewarden:problem:malformed-json'
        !problem.raw.contains('SECRET-CLAUSE')
        !problem.raw.contains('com.fasterxml')
        !problem.raw.contains('at io.')
    }

    def "a JSON body over 2 MiB answers 413 problem+json"() {
        given:
        String huge = '{"text": "' + ('a' * (2 * 1024 * 1024 + 10)) + '"}'

        when:
        def problem = Problems.of {
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', huge)
                    .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(lawyer.token), Map)
        }

        then:
        problem.status == 413
        problem.contentType == 'application/problem+json'
        problem.body.type == 'urn:clausewarden:problem:payload-too-large'
    }

    def "sending #what answers 400 with a clear message"() {
        when:
        def problem = Problems.of { post(body) }

        then:
        problem.status == 400
        problem.body.type == 'urn:clausewarden:problem:validation'
        problem.body.detail == "Send either 'text' or 'clauses', not both and not neither."

        where:
        what                 | body
        'neither text nor clauses' | [playbookId: 'saas-customer']
        'both text and clauses'    | [text: 'x', clauses: [[id: 'a', text: 'y']]]
    }

    def "the server stays healthy after bad requests"() {
        given:
        Problems.of { post([playbookId: 'nope', text: 'x']) }

        expect:
        client.toBlocking().exchange(HttpRequest.GET('/health'), Map).status.code == 200
    }

    def "an NDA reviewed with the firm's SaaS playbook is reported as not fitting it, naming the firm's NDA playbook"() {
        given:
        String nda = ContractFixtures.TEXTS['nda'].join('\n\n')

        when:
        Map report = post([text: nda]).body()
        Map read = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/reviews/${report.id}").bearerAuth(lawyer.token), Map)

        then:
        report.contract.type == 'nda'
        report.contract.confidence >= 0.6
        report.contract.evidence[0] == 'NON-DISCLOSURE AGREEMENT'
        report.fit.fits == false
        report.fit.playbookTypes == ['saas', 'hosting']
        report.fit.suggestion == [playbookId: 'mutual-nda', name: 'Mutual NDA']
        report.fit.message.endsWith("Consider 'Mutual NDA'.")
        read.fit == report.fit
    }

    def "an NDA reviewed with the NDA playbook fits"() {
        when:
        Map report = post([text: ContractFixtures.TEXTS['nda'].join('\n\n'), playbookId: 'mutual-nda']).body()

        then:
        report.fit.fits == true
        report.fit.suggestion == null
    }

    def "the report names the parties; a review can say who we are, and the stored report keeps it"() {
        given:
        String text = 'This Agreement is between Northwind Traders, Inc. ("Northwind") and Contoso Ltd ("Customer").\n\n' +
                'Northwind will provide the Services. Customer shall pay the Fees.'

        when:
        Map read = post([text: text]).body()
        Map overridden = post([text: text, ourParty: 'Northwind']).body()
        Map stored = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/reviews/${overridden.id}").bearerAuth(lawyer.token), Map)

        then:
        read.parties.source == 'document'
        read.parties.parties == [[name: 'Northwind Traders, Inc.', definedAs: 'Northwind', role: 'counterparty'],
                                 [name: 'Contoso Ltd', definedAs: 'Customer', role: 'us']]
        overridden.parties.source == 'request'
        overridden.parties.parties*.role == ['us', 'counterparty']
        stored.parties == overridden.parties
    }

    def "a party name over 200 characters answers 400"() {
        when:
        def problem = Problems.of { post([text: 'Terms.', ourParty: 'A' * 201]) }

        then:
        problem.status == 400
    }

    private HttpResponse<Map> post(Map body) {
        client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', body).bearerAuth(lawyer.token), Map)
    }


    private static String sha256(String text) {
        MessageDigest.getInstance('SHA-256').digest(text.getBytes('UTF-8')).encodeHex().toString()
    }

    private static byte[] storedPayload(String id) {
        def c = TestDatabase.instance.ownerConnection()
        try {
            def rs = c.createStatement().executeQuery("select payload from reviews where id = '${id}'")
            rs.next()
            rs.getBytes(1)
        } finally {
            c.close()
        }
    }
}
