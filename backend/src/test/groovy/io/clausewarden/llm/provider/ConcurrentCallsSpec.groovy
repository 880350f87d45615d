package io.clausewarden.llm.provider

import groovy.json.JsonSlurper
import io.clausewarden.llm.AnswerSchema
import io.clausewarden.llm.ModelCall
import io.clausewarden.llm.ModelClient
import io.clausewarden.llm.ProviderKind
import io.clausewarden.testing.Egress
import io.clausewarden.testing.StandInProvider
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Duration
import java.util.concurrent.Callable
import java.util.concurrent.Executors

class ConcurrentCallsSpec extends Specification {
    static final int CALLS = 16

    @Shared @AutoCleanup
    StandInProvider provider = new StandInProvider()

    def "one #kind client serves calls from many threads at once, each getting its own answer"() {
        given: 'the stand-in quotes back each call\'s own clause, slowly enough for the calls to overlap'
        provider.reset().latency(Duration.ofMillis(300)).answerWith { Map request, String clause ->
            [verdict: 'meets', confidence: 0.8, explanation: 'Overlap.', quote: clause, suggested_text: null]
        }
        ModelClient client = Egress.clientsFor(provider).open(kind, URI.create(provider.baseUrl(kind.code())), null, Duration.ofSeconds(10))
        def pool = Executors.newFixedThreadPool(CALLS)

        when:
        def quotes = pool.invokeAll((1..CALLS).collect { int n ->
            { -> new JsonSlurper().parseText(client.complete(callAbout("clause number ${n}")).answerJson()).quote } as Callable
        })*.get()

        then:
        quotes == (1..CALLS).collect { "clause number ${it}".toString() }
        provider.callCount() == CALLS
        provider.maxConcurrent() > 1

        cleanup:
        pool?.shutdownNow()
        client?.close()

        where:
        kind << [ProviderKind.OPENAI, ProviderKind.ANTHROPIC]
    }

    private static ModelCall callAbout(String clause) {
        new ModelCall('system', "Question?\n<clause-0f0f0f0f>\n${clause}\n</clause-0f0f0f0f>", AnswerSchema.NAME,
                AnswerSchema.wire(), 'test-model', 200)
    }
}
