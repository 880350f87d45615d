package io.clausewarden.review.job

import io.clausewarden.testing.DevTrust

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.clausewarden.testing.StandInProvider
import spock.lang.Specification
import spock.util.concurrent.PollingConditions

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Files
import java.nio.file.Path
import java.sql.DriverManager
import java.time.Duration
import java.util.concurrent.TimeUnit

/**
 * The real server in a child JVM (embedded H2 in its own data directory), with one review waiting on a model
 * provider that never answers and one queued behind it. SIGTERM ({@link Process#destroy()} on Linux) stops it
 * within the shutdown grace plus a few seconds, and both reviews are recorded as failed for the shutdown; none is
 * left running.
 */
class ReviewShutdownSpec extends Specification {
    static final Duration GRACE = Duration.ofSeconds(2)
    static final Duration MARGIN = Duration.ofSeconds(8)
    static final String EMAIL = 'admin@shutdown.example.test'
    static final String PASSWORD = 'correct horse battery staple'

    StandInProvider provider = new StandInProvider()
    Path dataDir = Files.createTempDirectory('clausewarden-shutdown')
    Process server

    def cleanup() {
        server?.destroyForcibly()
        provider.stopHanging()
        provider.close()
        dataDir.toFile().deleteDir()
    }

    def "SIGTERM with a review running and one queued exits within the grace period and fails both"() {
        given: 'a server with one review worker, whose model provider takes every question and never answers'
        int port = new ServerSocket(0).withCloseable { it.localPort }
        server = start(port)
        URI base = URI.create("https://127.0.0.1:${port}")
        HttpClient http = awaitHealthy(base)
        provider.hang()
        String token = new JsonSlurper().parseText(post(http, base.resolve('/api/v1/auth/login'),
                [email: EMAIL, password: PASSWORD], null).body()).access_token

        and: 'one review waiting for the model, another queued behind it'
        String running = submit(http, base, token)
        new PollingConditions(timeout: 30, delay: 0.1).eventually {
            assert !provider.requests.isEmpty()
        }
        String queued = submit(http, base, token)

        when:
        long start = System.nanoTime()
        server.destroy()
        boolean exited = server.waitFor(GRACE.plus(MARGIN).toSeconds() + 20, TimeUnit.SECONDS)
        Duration took = Duration.ofNanos(System.nanoTime() - start)

        then:
        exited
        took < GRACE.plus(MARGIN)

        and:
        statuses([running, queued]) == [(running): ['failed', 'shutdown'], (queued): ['failed', 'shutdown']]
        count('select count(*) from running_reviews') == 0
    }

    private Process start(int port) {
        String classpath = System.getProperty('surefire.test.class.path') ?: System.getProperty('java.class.path')
        def command = [Path.of(System.getProperty('java.home'), 'bin', 'java').toString(),
                       '-Xmx512m',
                       "-Djava.io.tmpdir=${dataDir}".toString(),
                       "-Dclausewarden.reviews.shutdown-grace=${GRACE.toSeconds()}s".toString(),
                       '-Dclausewarden.reviews.workers=1',
                       '-Dclausewarden.llm.timeout=120s',
                       '-cp', classpath, 'io.clausewarden.Application']
        def builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve('server.log').toFile())
        builder.environment().putAll([
                CLAUSEWARDEN_DATA_DIR     : dataDir.resolve('data').toString(),
                CLAUSEWARDEN_PORT         : port as String,
                CLAUSEWARDEN_ADMIN_EMAIL  : EMAIL,
                CLAUSEWARDEN_ADMIN_PASSWORD: PASSWORD,
                CLAUSEWARDEN_LLM_PROVIDER : 'openai',
                CLAUSEWARDEN_LLM_BASE_URL : provider.baseUrl('openai'),
                CLAUSEWARDEN_LLM_API_KEY  : 'sk-stand-in-key-0123456789',
                CLAUSEWARDEN_LLM_MODEL    : 'stand-in-model'])
        builder.start()
    }

    private HttpClient awaitHealthy(URI base) {
        HttpClient http = null
        long giveUp = System.nanoTime() + Duration.ofSeconds(120).toNanos()
        while (System.nanoTime() < giveUp) {
            assert server.alive, "the server stopped while starting:\n${Files.readString(dataDir.resolve('server.log'))}"
            Path truststore = dataDir.resolve('data/tls/truststore.p12')
            try {
                if (http == null && Files.exists(truststore)) {
                    http = HttpClient.newBuilder().sslContext(DevTrust.context(dataDir.resolve('data'))).build()
                }
                if (http != null && http.send(HttpRequest.newBuilder(base.resolve('/health')).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return http
                }
            } catch (IOException | java.security.GeneralSecurityException ignored) {
                // not listening yet
            }
            sleep(250)
        }
        throw new AssertionError("the server did not answer /health:\n${Files.readString(dataDir.resolve('server.log'))}")
    }

    private static String submit(HttpClient http, URI base, String token) {
        def answer = post(http, base.resolve('/api/v1/reviews'), [text: CONTRACT], token, ['Prefer': 'respond-async'])
        assert answer.statusCode() == 202: answer.body()
        new JsonSlurper().parseText(answer.body()).id
    }

    private static HttpResponse<String> post(HttpClient http, URI uri, Map body, String token, Map<String, String> headers = [:]) {
        def request = HttpRequest.newBuilder(uri).header('Content-Type', 'application/json')
                .POST(HttpRequest.BodyPublishers.ofString(JsonOutput.toJson(body)))
        if (token) {
            request.header('Authorization', "Bearer ${token}")
        }
        headers.each { k, v -> request.header(k, v) }
        http.send(request.build(), HttpResponse.BodyHandlers.ofString())
    }

    private Map<String, List<String>> statuses(List<String> ids) {
        withDatabase { c ->
            ids.collectEntries { id ->
                def rs = c.createStatement().executeQuery("select status, failure_reason from reviews where id = '${id}'")
                [(id): rs.next() ? [rs.getString(1), rs.getString(2)] : null]
            }
        } as Map<String, List<String>>
    }

    private int count(String sql) {
        withDatabase { c ->
            def rs = c.createStatement().executeQuery(sql)
            rs.next()
            rs.getInt(1)
        } as int
    }

    private def withDatabase(Closure work) {
        def c = DriverManager.getConnection("jdbc:h2:file:${dataDir.resolve('data/db/clausewarden')};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", 'sa', '')
        try {
            work(c)
        } finally {
            c.close()
        }
    }

    static final String CONTRACT = '''\
1. Limitation of Liability
Each party's total liability under this Agreement shall not exceed the fees paid in the twelve (12) months before the claim.

2. Confidentiality
Each party will protect the other's Confidential Information with at least reasonable care and use it only to perform this Agreement.
'''
}
