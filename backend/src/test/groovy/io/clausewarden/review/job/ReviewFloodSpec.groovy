package io.clausewarden.review.job

import groovy.json.JsonSlurper
import io.clausewarden.testing.CapturedLogs
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
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions

import java.time.Duration
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.Future

import static io.clausewarden.llm.ModelContracts.saas

/**
 * One firm floods the server with reviews that are slow for a real reason (each asks a model provider on loopback
 * that takes a second per answer). The flood gets its share and clear refusals for the rest; everyone else keeps
 * being served.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
class ReviewFloodSpec extends ServerSpec {
    static final StandInProvider PROVIDER = new StandInProvider()
    static final int FLOOD = 40
    static final int PER_FIRM = 4

    @Inject
    ApplicationContext context

    @Inject
    EmbeddedServer server

    @Inject
    @Client('/')
    HttpClient client

    @Override
    Map<String, Object> extraProperties() {
        ['clausewarden.llm.provider'   : 'openai',
         'clausewarden.llm.base-url'   : PROVIDER.baseUrl('openai'),
         'clausewarden.llm.api-key'    : 'sk-stand-in-key-0123456789',
         'clausewarden.llm.model'      : 'stand-in-model',
         'clausewarden.llm.region'     : 'US',
         'clausewarden.llm.timeout'    : '30s',
         'clausewarden.reviews.workers': 2,
         'clausewarden.reviews.per-firm': PER_FIRM,
         'clausewarden.reviews.queue'  : 10]
    }

    def setup() {
        PROVIDER.reset()
        // Every accepted review waits this long on the model, so the whole flood is admitted (or refused) before
        // any review can finish and free a place, even on a loaded machine.
        PROVIDER.latency(Duration.ofSeconds(2))
    }

    def cleanupSpec() {
        PROVIDER.close()
    }

    def "a firm flooding the server gets its share and 429s, while health, sign-in and another firm's review stay prompt"() {
        given:
        def floods = TestTenants.create(context, client)
        def other = TestTenants.create(context, client)
        warmUp(floods, other)
        def watch = HealthWatch.start(server.URL, DATA_DIR)
        def pool = Executors.newFixedThreadPool(FLOOD)
        def go = new CountDownLatch(1)

        when: 'firm A sends 40 reviews at once, every other one asking to run in the background'
        List<Future<Map>> flood = (0..<FLOOD).collect { int n ->
            pool.submit({
                go.await()
                def request = HttpRequest.POST('/api/v1/reviews', [text: unique(n)]).bearerAuth(floods.token)
                if (n % 2 == 1) {
                    request.header('Prefer', 'respond-async')
                }
                try {
                    HttpResponse<Map> answer = client.toBlocking().exchange(request, Map)
                    [status: answer.status.code, id: answer.body().id, async: n % 2 == 1]
                } catch (HttpClientResponseException e) {
                    [status: e.status.code, retryAfter: e.response.header('Retry-After'),
                     contentType: e.response.contentType.map { it.toString() }.orElse(''),
                     type: e.response.getBody(Map).map { it.type }.orElse(null)]
                }
            } as Callable<Map>)
        }
        go.countDown()
        sleep(500)

        and: 'firm B reviews one document and signs in while the flood is in the queue'
        Instant otherStarted = Instant.now()
        Map otherReport = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews', [text: unique(1000)])
                .bearerAuth(other.token), Map)
        Instant otherDone = Instant.now()
        long signInStart = System.nanoTime()
        TestTenants.signIn(client, other.email, TestTenants.PASSWORD)
        Duration signIn = Duration.ofNanos(System.nanoTime() - signInStart)
        List<Map> answers = flood*.get()

        then: 'firm A got at most its share accepted and a clear problem answer for everything else'
        def accepted = answers.findAll { it.status in [201, 202] }
        def refused = answers - accepted
        accepted.size() >= 1
        accepted.size() <= PER_FIRM
        refused.size() == FLOOD - accepted.size()
        refused.every { it.status in [429, 503] && it.retryAfter && it.contentType.startsWith('application/problem+json') }
        refused.any { it.status == 429 && it.type == 'urn:clausewarden:problem:too-many-requests' }

        and: "firm B's review was served between firm A's, not after all of them"
        otherReport.findings.any { it.source == 'model' }
        Duration.between(otherStarted, otherDone) < Duration.ofSeconds(20)

        and: 'sign-in answered within a second'
        signIn < Duration.ofSeconds(1)

        and: 'afterwards nothing is left running: no row, no deadline, no busy worker'
        def jobs = context.getBean(ReviewJobs)
        new PollingConditions(timeout: 30, delay: 0.2).eventually {
            assert runningOf(floods) == 0
            assert jobs.busyWorkers() == 0
        }
        runningOf(other) == 0
        accepted.size() <= 2 || lastFinished(other).isBefore(lastFinished(floods))
        TestDatabase.instance.ownerQuery("select count(*) from running_reviews where tenant_id in ('${floods.tenant.value()}', '${other.tenant.value()}')") { it.getInt(1) } == 0

        and: 'health answered within a second throughout'
        watch.stop().healthyWithin(Duration.ofSeconds(1))

        cleanup:
        pool?.shutdownNow()
        watch?.stop()
    }

    def "a firm over its share is told to retry later, with Retry-After, and never waits"() {
        given:
        def firm = TestTenants.create(context, client)
        PROVIDER.hang()
        PER_FIRM.times { n ->
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', [text: unique(2000 + n)])
                    .header('Prefer', 'respond-async').bearerAuth(firm.token), Map)
        }

        String requestId = 'flood-' + UUID.randomUUID()
        CapturedLogs logs = new CapturedLogs()

        when:
        Map problem = Problems.of {
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', [text: unique(3000)]).bearerAuth(firm.token)
                    .header('X-Request-Id', requestId), Map)
        }

        then:
        problem.status == 429
        problem.body.type == 'urn:clausewarden:problem:too-many-requests'
        problem.body.detail.contains('clausewarden.reviews.per-firm')

        and: 'the refusal has its access line, with the firm and the user'
        List<Map> access = logs.lines.collect { new JsonSlurper().parseText(it) as Map }
                .findAll { it.logger_name == 'io.clausewarden.access' && it.requestId == requestId }
        access.size() == 1
        access[0].message ==~ /method=POST route=\/api\/v1\/reviews status=429 durationMs=\d+/
        access[0].tenantId == firm.tenant.toString()
        access[0].userId != null

        cleanup:
        logs?.close()
        PROVIDER.stopHanging()
    }

    /** One review per firm first, so the flood meets a server past its first requests (connections, compiled code). */
    void warmUp(TestTenants.Member... members) {
        members.each { member ->
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', [text: unique(-1)]).bearerAuth(member.token), Map)
        }
    }

    /** The sample contract with every clause made unique, so no answer comes from the model cache. */
    static String unique(int n) {
        saas().readLines().collect { line -> line.isBlank() || line ==~ /^\d+\. .*/ ? line : "${line} (ref ${n})" }.join('\n')
    }

    static Instant lastFinished(TestTenants.Member member) {
        TestDatabase.instance.ownerQuery("select max(finished_at) from reviews where tenant_id = '${member.tenant.value()}'") {
            it.getTimestamp(1).toInstant()
        } as Instant
    }

    static int runningOf(TestTenants.Member member) {
        TestDatabase.instance.ownerQuery("select count(*) from reviews where status = 'running' and tenant_id = '${member.tenant.value()}'") {
            it.getInt(1)
        } as int
    }
}
