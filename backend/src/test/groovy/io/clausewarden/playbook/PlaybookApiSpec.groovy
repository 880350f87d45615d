package io.clausewarden.playbook

import groovy.json.JsonSlurper
import io.clausewarden.identity.Roles
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

@MicronautTest(environments = ['postgres'], transactional = false)
class PlaybookApiSpec extends ServerSpec {
    static final MediaType YAML = MediaType.of('application/yaml')

    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    static String definition(String id, List<String> allowed = ['New York']) {
        """\
id: ${id}
name: "Firm NDA"
version: 1
contractType: nda
ourRole: recipient
positions:
  - clauseType: governing_law
    importance: medium
    required: true
    preferred: This Agreement is governed by the laws of the State of New York.
    checks:
      - kind: allowed_governing_law
        allowed: [${allowed.collect { '"' + it + '"' }.join(', ')}]
"""
    }

    def "a new tenant has the bundled playbooks, published, with the SaaS customer playbook as default"() {
        given:
        def admin = TestTenants.create(context, client)

        when:
        List<Map> list = client.toBlocking().retrieve(HttpRequest.GET('/api/v1/playbooks').bearerAuth(admin.token), List)

        then:
        list*.id.containsAll(['saas-customer', 'mutual-nda'])
        list.find { it.id == 'saas-customer' }.isDefault == true
        list.every { !it.hasDraft }
        list.find { it.id == 'saas-customer' }.version == io.clausewarden.playbook.BundledPlaybooks.load('saas-customer').version()
    }

    def "an admin imports a YAML playbook as a draft, publishes it, and reviews use it"() {
        given:
        def admin = TestTenants.create(context, client)

        when: 'imported'
        HttpResponse<Map> created = client.toBlocking().exchange(HttpRequest.POST('/api/v1/playbooks', definition('firm-nda'))
                .contentType(YAML).bearerAuth(admin.token), Map)

        then:
        created.status.code == 201
        created.body().status == 'draft'
        created.body().version == 1

        when: 'a draft is not used by reviews'
        def unpublished = Problems.of { review(admin, 'firm-nda', 'This Agreement is governed by the laws of the State of Texas.') }

        then:
        unpublished.status == 404

        when: 'published'
        Map published = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/playbooks/firm-nda/publish', '')
                .bearerAuth(admin.token), Map)
        Map report = review(admin, 'firm-nda', 'This Agreement is governed by the laws of the State of Texas.')

        then:
        published.status == 'published'
        report.playbook == [id: 'firm-nda', version: 1]
        report.findings.find { it.clauseType == 'governing_law' }.position == 'deviation'
    }

    def "editing a published playbook makes a new draft version; the published version stays as it was"() {
        given:
        def admin = TestTenants.create(context, client)
        importAndPublish(admin, 'versioned', ['New York'])

        when:
        Map draft = client.toBlocking().retrieve(HttpRequest.PUT('/api/v1/playbooks/versioned/draft', definition('versioned', ['Texas']))
                .contentType(YAML).bearerAuth(admin.token), Map)
        Map stillPublished = client.toBlocking().retrieve(HttpRequest.GET('/api/v1/playbooks/versioned').bearerAuth(admin.token), Map)

        then:
        draft.version == 2
        draft.status == 'draft'
        stillPublished.version == 1
        stillPublished.definition.positions[0].checks[0].allowed == ['New York']

        when: 'the second version is published, the first remains readable and a review can pin it'
        client.toBlocking().exchange(HttpRequest.POST('/api/v1/playbooks/versioned/publish', '').bearerAuth(admin.token), Map)
        Map v1 = client.toBlocking().retrieve(HttpRequest.GET('/api/v1/playbooks/versioned?version=1').bearerAuth(admin.token), Map)
        Map latest = review(admin, 'versioned', 'This Agreement is governed by the laws of the State of Texas.')
        Map pinned = review(admin, 'versioned', 'This Agreement is governed by the laws of the State of Texas.', 1)

        then:
        v1.definition.positions[0].checks[0].allowed == ['New York']
        latest.playbook.version == 2
        latest.findings.find { it.clauseType == 'governing_law' }.position == 'preferred'
        pinned.playbook.version == 1
        pinned.findings.find { it.clauseType == 'governing_law' }.position == 'deviation'
    }

    def "the database refuses to change a published version"() {
        given:
        def admin = TestTenants.create(context, client)
        importAndPublish(admin, 'frozen', ['New York'])
        def connection = TestDatabase.instance.ownerConnection()

        when:
        connection.createStatement().executeUpdate("update playbooks set definition = 'x' where slug = 'frozen' and tenant_id = '${admin.tenant}'")

        then:
        def e = thrown(java.sql.SQLException)
        e.message.contains('immutable')

        cleanup:
        connection?.close()
    }

    def "export returns the definition as imported, in YAML or JSON, and it imports again unchanged"() {
        given:
        def admin = TestTenants.create(context, client)
        importAndPublish(admin, 'roundtrip', ['New York', 'Delaware'])

        when:
        String yaml = client.toBlocking().retrieve(HttpRequest.GET('/api/v1/playbooks/roundtrip/export').bearerAuth(admin.token), String)
        String json = client.toBlocking().retrieve(HttpRequest.GET('/api/v1/playbooks/roundtrip/export?format=json').bearerAuth(admin.token), String)
        def otherFirm = TestTenants.create(context, client)
        Map reimported = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/playbooks', json)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(otherFirm.token), Map)

        then:
        yaml == definition('roundtrip', ['New York', 'Delaware'])
        new JsonSlurper().parseText(json).positions[0].checks[0].allowed == ['New York', 'Delaware']
        reimported.definition.positions[0].checks[0].allowed == ['New York', 'Delaware']
    }

    def "an invalid playbook is refused with 422 naming the field"() {
        given:
        def admin = TestTenants.create(context, client)
        String broken = definition('broken').replace('allowed: ["New York"]', 'allowed: []')

        when:
        def problem = Problems.of {
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/playbooks', broken).contentType(YAML).bearerAuth(admin.token), Map)
        }

        then:
        problem.status == 422
        problem.body.type == 'urn:clausewarden:problem:invalid-playbook'
        problem.body.detail.contains('positions[0].checks[0].allowed')
    }

    def "creating an id that exists is a conflict"() {
        given:
        def admin = TestTenants.create(context, client)

        when:
        def problem = Problems.of {
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/playbooks', definition('saas-customer')).contentType(YAML)
                    .bearerAuth(admin.token), Map)
        }

        then:
        problem.status == 409
        problem.body.type == 'urn:clausewarden:problem:conflict'
    }

    def "a lawyer without the admin role reads playbooks but cannot change them"() {
        given:
        def lawyer = TestTenants.create(context, client, [Roles.LAWYER] as Set)

        expect:
        client.toBlocking().exchange(HttpRequest.GET('/api/v1/playbooks/saas-customer').bearerAuth(lawyer.token), Map).status.code == 200

        when:
        def problem = Problems.of {
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/playbooks', definition('mine')).contentType(YAML)
                    .bearerAuth(lawyer.token), Map)
        }

        then:
        problem.status == 403
        problem.body.type == 'urn:clausewarden:problem:forbidden'
    }

    def "another firm's playbook is not found"() {
        given:
        def admin = TestTenants.create(context, client)
        importAndPublish(admin, 'private-one', ['New York'])
        def otherFirm = TestTenants.create(context, client)

        when:
        def problem = Problems.of {
            client.toBlocking().exchange(HttpRequest.GET('/api/v1/playbooks/private-one').bearerAuth(otherFirm.token), Map)
        }

        then:
        problem.status == 404
    }

    def "the default playbook can be changed to a published one"() {
        given:
        def admin = TestTenants.create(context, client)
        importAndPublish(admin, 'new-default', ['New York'])

        when:
        client.toBlocking().exchange(HttpRequest.PUT('/api/v1/playbooks/new-default/default', '').bearerAuth(admin.token))
        Map report = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews',
                [text: 'This Agreement is governed by the laws of the State of Texas.']).bearerAuth(admin.token), Map)

        then:
        report.playbook.id == 'new-default'
    }

    def "the JSON Schema of the playbook format is published"() {
        given:
        def member = TestTenants.create(context, client, [Roles.LAWYER] as Set)

        when:
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET('/api/v1/schemas/playbook.json')
                .bearerAuth(member.token), String)
        Map schema = new JsonSlurper().parseText(response.body())

        then:
        response.contentType.get().toString() == 'application/schema+json'
        schema['$schema'].contains('2020-12')
        schema.required.containsAll(['id', 'name', 'positions'])
    }

    private void importAndPublish(TestTenants.Member admin, String id, List<String> allowed) {
        client.toBlocking().exchange(HttpRequest.POST('/api/v1/playbooks', definition(id, allowed)).contentType(YAML)
                .bearerAuth(admin.token), Map)
        client.toBlocking().exchange(HttpRequest.POST("/api/v1/playbooks/${id}/publish", '').bearerAuth(admin.token), Map)
    }

    private Map review(TestTenants.Member member, String playbookId, String text, Integer version = null) {
        Map body = [playbookId: playbookId, text: text]
        if (version != null) {
            body.playbookVersion = version
        }
        client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews', body).bearerAuth(member.token), Map)
    }

}
