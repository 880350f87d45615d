package io.clausewarden.review.job

import io.clausewarden.testing.HealthWatch
import io.clausewarden.testing.Problems
import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.StandInProvider
import io.clausewarden.testing.TestDatabase
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.sse.SseClient
import io.micronaut.http.sse.Event
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import reactor.core.publisher.Flux
import spock.util.concurrent.PollingConditions

import java.time.Duration

import static io.clausewarden.llm.ModelContracts.saas

/**
 * Every review has a wall-clock budget. Here it is two seconds, and the model provider (a real HTTP server on
 * loopback) takes every question and never answers, so each review is still waiting for the model when its
 * budget ends: it is stopped, recorded as failed, and its caller told so.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
class ReviewTimeoutSpec extends ServerSpec {
    static final StandInProvider PROVIDER = new StandInProvider()

    @Inject
    ApplicationContext context

    @Inject
    EmbeddedServer server

    @Inject
    @Client('/')
    HttpClient client

    @Inject
    @Client('/')
    SseClient sse

    @Override
    Map<String, Object> extraProperties() {
        ['clausewarden.llm.provider'          : 'openai',
         'clausewarden.llm.base-url'          : PROVIDER.baseUrl('openai'),
         'clausewarden.llm.api-key'           : 'sk-stand-in-key-0123456789',
         'clausewarden.llm.model'             : 'stand-in-model',
         'clausewarden.llm.region'            : 'US',
         'clausewarden.llm.timeout'           : '60s',
         'clausewarden.reviews.time-budget'   : '2s',
         'clausewarden.reviews.shutdown-grace': '1s']
    }

    def setup() {
        PROVIDER.reset()
        PROVIDER.hang()
    }

    def cleanup() {
        PROVIDER.stopHanging()
    }

    def cleanupSpec() {
        PROVIDER.close()
    }

    def "a synchronous review over its budget answers 503 review-timeout naming the budget, and is failed in the archive"() {
        given:
        def lawyer = TestTenants.create(context, client)
        def watch = HealthWatch.start(server.URL, DATA_DIR)

        when:
        Map problem = Problems.of {
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', [text: saas()]).bearerAuth(lawyer.token), Map)
        }
        watch.stop()

        then:
        problem.status == 503
        problem.contentType.startsWith('application/problem+json')
        problem.body.type == 'urn:clausewarden:problem:review-timeout'
        problem.body.detail.contains('2 s')
        problem.body.detail.contains('clausewarden.reviews.time-budget')
        !PROVIDER.requests.isEmpty()

        and: 'its row is failed for running out of time, and nothing is left waiting for it'
        reviewsOf(lawyer) == [['failed', 'timeout']]
        runningRowsOf(lawyer) == 0

        and:
        watch.healthyWithin(Duration.ofSeconds(1))
    }

    def "an asynchronous review over its budget ends its events with 'failed', and asking for it answers review-timeout"() {
        given:
        def lawyer = TestTenants.create(context, client)

        when:
        HttpResponse<Map> accepted = client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', [text: saas()])
                .header('Prefer', 'respond-async').bearerAuth(lawyer.token), Map)
        String id = accepted.body().id
        List<Event<Map>> events = Flux.from(sse.eventStream(HttpRequest.GET("/api/v1/reviews/${id}/events")
                .bearerAuth(lawyer.token), Map)).collectList().block(Duration.ofSeconds(30))
        Map problem = Problems.of {
            client.toBlocking().exchange(HttpRequest.GET("/api/v1/reviews/${id}").bearerAuth(lawyer.token), Map)
        }

        then:
        accepted.status.code == 202
        events*.name.last() == 'failed'
        events.last().data.status == 'failed'
        problem.status == 503
        problem.body.type == 'urn:clausewarden:problem:review-timeout'
        reviewsOf(lawyer) == [['failed', 'timeout']]
    }

    def "the worker of a stopped review is free again"() {
        given:
        def lawyer = TestTenants.create(context, client)
        def jobs = context.getBean(ReviewJobs)

        when:
        Problems.of {
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', [text: saas()]).bearerAuth(lawyer.token), Map)
        }

        then:
        new PollingConditions(timeout: 5).eventually {
            assert jobs.busyWorkers() == 0
        }
    }

    static List<List<String>> reviewsOf(TestTenants.Member member) {
        def c = TestDatabase.instance.ownerConnection()
        try {
            def rs = c.createStatement().executeQuery(
                    "select status, failure_reason from reviews where tenant_id = '${member.tenant.value()}'")
            List<List<String>> rows = []
            while (rs.next()) {
                rows << [rs.getString(1), rs.getString(2)]
            }
            rows
        } finally {
            c.close()
        }
    }

    static int runningRowsOf(TestTenants.Member member) {
        TestDatabase.instance.ownerQuery("select count(*) from running_reviews where tenant_id = '${member.tenant.value()}'") {
            it.getInt(1)
        } as int
    }
}
