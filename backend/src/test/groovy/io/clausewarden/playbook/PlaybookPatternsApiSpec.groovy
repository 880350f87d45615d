package io.clausewarden.playbook

import io.clausewarden.testing.Problems
import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.TestDatabase
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

import java.sql.Timestamp
import java.sql.Types
import java.time.Instant

@MicronautTest(environments = ['postgres'], transactional = false)
class PlaybookPatternsApiSpec extends ServerSpec {
    static final MediaType YAML = MediaType.of('application/yaml')
    static final String CLAUSE = 'This Agreement is governed by the laws of the State of New York.'

    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    @Shared
    TestTenants.Member admin

    def setup() {
        admin = admin ?: TestTenants.create(context, client)
    }

    static String definition(String id, List<String> patterns) {
        """\
id: ${id}
name: "Patterns"
version: 1
ourRole: customer
positions:
  - clauseType: governing_law
    importance: medium
    checks:
      - kind: allowed_governing_law
        allowed: ["New York"]
      - kind: forbidden_language
        patterns: [${patterns.collect { "'" + it.replace("'", "''") + "'" }.join(', ')}]
"""
    }

    def "a playbook whose pattern uses #why is refused with 422 naming the field and the reason"() {
        when:
        def problem = Problems.of {
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/playbooks', definition('refused', ['\\bunlimited\\b', pattern]))
                    .contentType(YAML).bearerAuth(admin.token), Map)
        }

        then:
        problem.status == 422
        problem.contentType.startsWith('application/problem+json')
        problem.body.type == 'urn:clausewarden:problem:invalid-playbook'
        problem.body.errors.size() == 1
        problem.body.errors[0].field == 'positions[0].checks[1].patterns[1]'
        problem.body.errors[0].detail.startsWith(reason)
        problem.body.detail.startsWith('positions[0].checks[1].patterns[1]: ' + reason)

        where:
        why                        | pattern                 || reason
        'a backreference'          | '(\\w+) \\1'            || 'uses a backreference'
        'lookbehind'               | '(?<!not )liable'       || 'uses lookbehind'
        'lookahead'                | 'liab(?=le)'            || 'uses lookahead'
        'a possessive quantifier'  | 'a*+b'                  || 'uses a possessive quantifier'
        'a huge repetition'        | 'a{1000}'               || 'repeats a part more than 500 times'
        'nested repetitions'       | '((a{50}){50}){50}'     || 'is too large'
        'too many characters'      | 'a' * 501               || 'is 501 characters long'
        'broken syntax'            | '(unclosed'             || 'is not a valid regular expression'
    }

    def "a pattern refused on import is refused when a draft is saved"() {
        given:
        client.toBlocking().exchange(HttpRequest.POST('/api/v1/playbooks', definition('edited', ['\\bunlimited\\b']))
                .contentType(YAML).bearerAuth(admin.token), Map)

        when:
        def problem = Problems.of {
            client.toBlocking().exchange(HttpRequest.PUT('/api/v1/playbooks/edited/draft', definition('edited', ['(?<!not )liable']))
                    .contentType(YAML).bearerAuth(admin.token), Map)
        }

        then:
        problem.status == 422
        problem.body.errors[0].field == 'positions[0].checks[1].patterns[0]'
    }

    def "a draft stored under the old rules is refused at publish, naming the field, and stays a draft"() {
        given:
        store(admin, 'stale-draft', 'draft', definition('stale-draft', ['(?<!not )liable']))

        when:
        def problem = Problems.of {
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/playbooks/stale-draft/publish', '').bearerAuth(admin.token), Map)
        }

        then:
        problem.status == 422
        problem.body.errors[0].field == 'positions[0].checks[1].patterns[0]'
        problem.body.errors[0].detail.startsWith('uses lookbehind')

        and:
        client.toBlocking().retrieve(HttpRequest.GET('/api/v1/playbooks/stale-draft/draft').bearerAuth(admin.token), Map).status == 'draft'
    }

    def "a published playbook stored under the old rules still reviews: its pattern's check needs review, not a 500"() {
        given:
        store(admin, 'stale-published', 'published', definition('stale-published', ['(?<!not )liable']))

        when:
        Map report = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews',
                [playbookId: 'stale-published', text: CLAUSE]).bearerAuth(admin.token), Map)

        then:
        report.playbook == [id: 'stale-published', version: 1]
        def finding = report.findings.find { it.clauseType == 'governing_law' && it.position == 'needs_review' }
        finding.rationale.startsWith('The firm\'s pattern "(?<!not )liable" can no longer be used: it uses lookbehind')
        finding.rationale.contains('Check this point by hand')

        and: 'the playbook can still be read, and exported as stored'
        client.toBlocking().retrieve(HttpRequest.GET('/api/v1/playbooks/stale-published').bearerAuth(admin.token), Map)
                .definition.positions[0].checks[1].patterns == ['(?<!not )liable']
    }

    /** Writes a row the way an older server did, with a definition today's rules refuse. */
    private static void store(TestTenants.Member member, String slug, String status, String definition) {
        def c = TestDatabase.instance.ownerConnection()
        try {
            def insert = c.prepareStatement('insert into playbooks (id, tenant_id, slug, version, name, definition, created_at, ' +
                    'status, published_at, updated_at) values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)')
            def now = Timestamp.from(Instant.now())
            insert.setObject(1, UUID.randomUUID())
            insert.setObject(2, member.tenant.value())
            insert.setString(3, slug)
            insert.setString(4, 'Patterns')
            insert.setString(5, definition)
            insert.setTimestamp(6, now)
            insert.setString(7, status)
            if (status == 'published') {
                insert.setTimestamp(8, now)
            } else {
                insert.setNull(8, Types.TIMESTAMP)
            }
            insert.setTimestamp(9, now)
            insert.executeUpdate()
        } finally {
            c.close()
        }
    }
}
