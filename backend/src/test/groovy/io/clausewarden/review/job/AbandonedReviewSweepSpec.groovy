package io.clausewarden.review.job

import io.clausewarden.testing.Problems
import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.TestDatabase
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import java.sql.Timestamp
import java.time.Duration
import java.time.Instant

/**
 * A node that dies (kill -9, power loss) leaves its reviews 'running'. The next node to start fails every
 * review whose deadline passed longer ago than the shutdown grace, and leaves alone those another live node
 * may still be running.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
class AbandonedReviewSweepSpec extends ServerSpec {
    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    def "on start-up, reviews left running past their deadline by a dead node are failed as abandoned; others are left alone"() {
        given: 'a dead node left two reviews running, one long past its deadline and one just submitted to a live node'
        def lawyer = TestTenants.create(context, client)
        UUID abandoned = insertRunning(lawyer, Instant.now().minus(Duration.ofHours(1)))
        UUID live = insertRunning(lawyer, Instant.now().plus(Duration.ofMinutes(2)))

        when: 'another node starts'
        ApplicationContext node = ApplicationContext.run(properties as Map<String, Object>, 'postgres')

        then:
        statusOf(abandoned) == ['failed', 'abandoned']
        statusOf(live) == ['running', null]
        deadlines(abandoned) == 0
        deadlines(live) == 1

        and: 'asking for the abandoned review answers a problem, not a review that runs forever'
        Problems.of {
            client.toBlocking().exchange(HttpRequest.GET("/api/v1/reviews/${abandoned}").bearerAuth(lawyer.token), Map)
        }.status == 500

        cleanup:
        node?.close()
    }

    static UUID insertRunning(TestTenants.Member member, Instant deadline) {
        UUID id = UUID.randomUUID()
        def c = TestDatabase.instance.ownerConnection()
        try {
            Instant created = deadline.minus(Duration.ofMinutes(2))
            def review = c.prepareStatement('insert into reviews (id, tenant_id, created_by, playbook_slug, playbook_version,'
                    + ' created_at, expires_at, status, clause_count) values (?, ?, ?, ?, 1, ?, ?, ?, 3)')
            review.setObject(1, id)
            review.setObject(2, member.tenant.value())
            review.setObject(3, member.userId)
            review.setString(4, 'saas-customer')
            review.setTimestamp(5, Timestamp.from(created))
            review.setTimestamp(6, Timestamp.from(created.plus(Duration.ofDays(90))))
            review.setString(7, 'running')
            review.executeUpdate()
            def deadlineRow = c.prepareStatement('insert into running_reviews (review_id, tenant_id, deadline_at) values (?, ?, ?)')
            deadlineRow.setObject(1, id)
            deadlineRow.setObject(2, member.tenant.value())
            deadlineRow.setTimestamp(3, Timestamp.from(deadline))
            deadlineRow.executeUpdate()
        } finally {
            c.close()
        }
        id
    }

    static List<String> statusOf(UUID id) {
        TestDatabase.instance.ownerQuery("select status, failure_reason from reviews where id = '${id}'") {
            [it.getString(1), it.getString(2)]
        } as List<String>
    }

    static int deadlines(UUID id) {
        TestDatabase.instance.ownerQuery("select count(*) from running_reviews where review_id = '${id}'") { it.getInt(1) } as int
    }
}
