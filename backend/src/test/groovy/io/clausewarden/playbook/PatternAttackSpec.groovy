package io.clausewarden.playbook

import io.clausewarden.identity.Roles
import io.clausewarden.testing.HealthWatch
import io.clausewarden.testing.ServerSpec
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
import spock.lang.Timeout
import spock.util.concurrent.PollingConditions

import java.lang.management.ManagementFactory
import java.time.Duration
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * The finding of issue 9: a firm admin publishes {@code (.*a){12}b}, and reviews of a clause ending in forty "a"s
 * pinned every request thread under java.util.regex. Now the server stays healthy, the other firm is served, and
 * every review ends. Reviews may run on the request thread or on a bounded executor that turns some away with
 * 429 or 503 when it is full; either way none is left running.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
@Timeout(600)
class PatternAttackSpec extends ServerSpec {
    static final String HOSTILE_CLAUSE = 'This Agreement is governed by the laws of the State of New York. ' + 'a' * 40
    static final int REVIEWS = 34
    static final int ATTACKERS = 4

    @Inject
    ApplicationContext context

    @Inject
    EmbeddedServer server

    @Inject
    @Client('/')
    HttpClient client

    static final String PLAYBOOK = PlaybookPatternsApiSpec.definition('hostile', ['(.*a){12}b'])

    def "34 concurrent reviews against a catastrophic pattern leave the server healthy, the other firm served and no review running"() {
        given: 'firm A publishes the hostile playbook; its reviews come from four of its lawyers'
        def firmA = TestTenants.create(context, client)
        client.toBlocking().exchange(HttpRequest.POST('/api/v1/playbooks', PLAYBOOK).contentType('application/yaml').bearerAuth(firmA.token), Map)
        client.toBlocking().exchange(HttpRequest.POST('/api/v1/playbooks/hostile/publish', '').bearerAuth(firmA.token), Map)
        List<String> attackers = [firmA.token] + (2..ATTACKERS).collect { TestTenants.colleague(context, client, firmA, [Roles.LAWYER] as Set) }
        def firmB = TestTenants.create(context, client)
        def pool = Executors.newFixedThreadPool(REVIEWS + 2)
        def watch = HealthWatch.start(server.URL, ServerSpec.DATA_DIR)
        new PollingConditions(timeout: 10).eventually { assert watch.polls() >= 1 }

        when: 'the reviews run at once, while firm B reviews and signs in'
        def attack = (0..<REVIEWS).collect { i ->
            pool.submit({ review(attackers[i % ATTACKERS], [playbookId: 'hostile', text: HOSTILE_CLAUSE]) } as Callable)
        }
        def firmBReview = pool.submit({ review(firmB.token, [text: 'This Agreement is governed by the laws of the State of Texas.']) } as Callable)
        def firmBSignIn = pool.submit({ TestTenants.signIn(client, firmB.email, TestTenants.PASSWORD) } as Callable)
        List<HttpResponse<Map>> answers = attack*.get(5, TimeUnit.MINUTES)
        HttpResponse<Map> otherFirm = firmBReview.get(5, TimeUnit.MINUTES)
        String otherToken = firmBSignIn.get(5, TimeUnit.MINUTES)
        new PollingConditions(timeout: 10).eventually { assert watch.polls() >= 5 }
        watch.stop()
        pool.shutdown()

        then: 'health answered within a second throughout'
        watch.healthyWithin(Duration.ofSeconds(1))

        and: 'firm B was reviewed and signed in'
        otherFirm.status.code == 201
        otherFirm.body().findings.any { it.clauseType == 'governing_law' && it.position == 'deviation' }
        otherToken

        and: 'each of the 34 reviews was reviewed with the hostile check, or turned away at once'
        answers.every { it.status.code in [201, 429, 503] }
        def reviewed = answers.findAll { it.status.code == 201 }
        !reviewed.isEmpty()
        reviewed.every { r -> r.body().findings.any { it.clauseType == 'governing_law' && it.position == 'preferred' } }

        and: 'none is left running in the database, and every review that answered is done'
        count(firmA, 'running') == 0
        count(firmA, 'done') == reviewed.size()

        and: 'no thread is left in the regular-expression engine'
        threadsInRegexEngine() == []
    }

    private HttpResponse<Map> review(String token, Map body) {
        try {
            client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', body).bearerAuth(token), Map)
        } catch (HttpClientResponseException e) {
            e.response as HttpResponse<Map>
        }
    }

    private static long count(TestTenants.Member member, String status) {
        TestDatabase.instance.ownerQuery("select count(*) from reviews where tenant_id = '${member.tenant.value()}' " +
                "and status = '${status}'") { it.getLong(1) }
    }

    /** Threads whose stack is inside RE2/J, or inside java.util.regex on behalf of the playbook code. */
    private static List<String> threadsInRegexEngine() {
        ManagementFactory.threadMXBean.dumpAllThreads(false, false).findAll { info ->
            def frames = info.stackTrace*.className
            frames.any { it.startsWith('com.google.re2j.') } ||
                    frames.any { it.startsWith('java.util.regex.') } && frames.any { it.startsWith('io.clausewarden.playbook.') }
        }*.threadName
    }
}
