package io.clausewarden.llm.provider

import io.clausewarden.llm.ModelClient
import io.clausewarden.llm.ProviderException
import io.clausewarden.llm.ProviderKind
import io.clausewarden.testing.Egress
import io.clausewarden.testing.StandInProvider
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Duration

import static io.clausewarden.llm.ProviderException.Kind.MALFORMED
import static io.clausewarden.llm.ProviderException.Kind.RATE_LIMITED
import static io.clausewarden.llm.ProviderException.Kind.REJECTED
import static io.clausewarden.llm.ProviderException.Kind.SERVER_ERROR
import static io.clausewarden.llm.ProviderException.Kind.TIMEOUT
import static io.clausewarden.llm.ProviderException.Kind.UNREACHABLE
import static io.clausewarden.llm.ProviderKind.ANTHROPIC
import static io.clausewarden.llm.ProviderKind.OPENAI
import static io.clausewarden.llm.provider.ProviderCalls.CANARY
import static io.clausewarden.llm.provider.ProviderCalls.KEY
import static io.clausewarden.llm.provider.ProviderCalls.KEY_TEXT
import static io.clausewarden.llm.provider.ProviderCalls.call

/** Every way a provider call can fail maps to one kind, and no message carries request text or the key. */
class ProviderFailuresSpec extends Specification {
    static final int ONE_MIB = 1024 * 1024

    @Shared @AutoCleanup
    StandInProvider provider = new StandInProvider()
    HttpModelClients clients = Egress.clientsFor(provider)

    def setup() {
        provider.reset()
    }

    private ModelClient open(ProviderKind kind, Duration timeout = Duration.ofSeconds(5), StandInProvider server = provider) {
        (server.is(provider) ? clients : Egress.clientsFor(server)).open(kind, URI.create(server.baseUrl(kind.code())), KEY, timeout)
    }

    private static void carriesNoSecrets(ProviderException e) {
        assert !e.message.contains(CANARY)
        assert !e.message.contains(KEY_TEXT)
        assert !e.message.contains('indemnify')
    }

    def "HTTP #status from #kind gives #expected"() {
        given: 'the error body quotes the request, as real providers do'
        provider.failNext(1, status, headers)
        ModelClient client = open(kind)

        when:
        client.complete(call())

        then:
        def e = thrown(ProviderException)
        e.kind() == expected
        e.message.contains(String.valueOf(status))
        e.retryAfter() == Optional.ofNullable(retryAfter)
        carriesNoSecrets(e)

        cleanup:
        client?.close()

        where:
        kind      | status | headers                     || expected     | retryAfter
        OPENAI    | 429    | ['Retry-After': '3']        || RATE_LIMITED | Duration.ofSeconds(3)
        OPENAI    | 429    | ['retry-after-ms': '1500']  || RATE_LIMITED | Duration.ofMillis(1500)
        OPENAI    | 429    | [:]                         || RATE_LIMITED | null
        OPENAI    | 500    | [:]                         || SERVER_ERROR | null
        OPENAI    | 502    | [:]                         || SERVER_ERROR | null
        OPENAI    | 503    | ['Retry-After': '3']        || SERVER_ERROR | null
        OPENAI    | 400    | [:]                         || REJECTED     | null
        OPENAI    | 401    | [:]                         || REJECTED     | null
        OPENAI    | 404    | [:]                         || REJECTED     | null
        ANTHROPIC | 429    | ['Retry-After': '3']        || RATE_LIMITED | Duration.ofSeconds(3)
        ANTHROPIC | 500    | [:]                         || SERVER_ERROR | null
        ANTHROPIC | 502    | [:]                         || SERVER_ERROR | null
        ANTHROPIC | 503    | [:]                         || SERVER_ERROR | null
        ANTHROPIC | 529    | [:]                         || SERVER_ERROR | null
        ANTHROPIC | 400    | [:]                         || REJECTED     | null
        ANTHROPIC | 401    | [:]                         || REJECTED     | null
        ANTHROPIC | 404    | [:]                         || REJECTED     | null
    }

    def "a 200 from #kind that is not the wire format (#problem) is MALFORMED"() {
        given:
        provider.rawReply(reply)
        ModelClient client = open(kind)

        when:
        client.complete(call())

        then:
        def e = thrown(ProviderException)
        e.kind() == MALFORMED
        carriesNoSecrets(e)

        cleanup:
        client?.close()

        where:
        kind      | problem                   | reply
        OPENAI    | 'not JSON, echoing input' | { Map request -> "oops ${request.messages[1].content}" }
        OPENAI    | 'empty body'              | { '' }
        OPENAI    | 'a JSON array'            | { '[]' }
        OPENAI    | 'trailing garbage'        | { '{"choices":[]} and more' }
        OPENAI    | 'no choices'              | { '{"id":"x"}' }
        OPENAI    | 'empty choices'           | { '{"choices":[]}' }
        OPENAI    | 'null content'            | { '{"choices":[{"message":{"role":"assistant","content":null}}]}' }
        OPENAI    | 'a refusal'               | { '{"choices":[{"message":{"role":"assistant","content":"{}","refusal":"I cannot help with that."}}]}' }
        OPENAI    | 'over 1 MiB'              | { oversized() }
        ANTHROPIC | 'not JSON, echoing input' | { Map request -> "oops ${request.messages[0].content}" }
        ANTHROPIC | 'no content'              | { '{"id":"msg_1","type":"message"}' }
        ANTHROPIC | 'text only'               | { '{"content":[{"type":"text","text":"The clause meets it."}]}' }
        ANTHROPIC | 'another tool'            | { '{"content":[{"type":"tool_use","name":"other","input":{}}]}' }
        ANTHROPIC | 'input not an object'     | { '{"content":[{"type":"tool_use","name":"clause_answer","input":"meets"}]}' }
        ANTHROPIC | 'over 1 MiB'              | { oversized() }
    }

    def "a reply of exactly 1 MiB is still read"() {
        given: 'a valid envelope padded with whitespace to the limit'
        String envelope = '{"choices":[{"message":{"content":"{}"}}]}'
        provider.rawReply { envelope + ' ' * (ONE_MIB - envelope.length()) }
        ModelClient client = open(OPENAI)

        when:
        def reply = client.complete(call())

        then:
        reply.answerJson() == '{}'

        cleanup:
        client?.close()
    }

    def "a #kind provider that does not answer within the call timeout gives TIMEOUT"() {
        given:
        provider.hang()
        ModelClient client = open(kind, Duration.ofMillis(500))

        when:
        client.complete(call())

        then:
        def e = thrown(ProviderException)
        e.kind() == TIMEOUT
        carriesNoSecrets(e)

        cleanup:
        provider.stopHanging()
        client?.close()

        where:
        kind << [OPENAI, ANTHROPIC]
    }

    def "a stopped #kind provider is UNREACHABLE, and reachable again once restarted"() {
        given:
        StandInProvider stopped = new StandInProvider()
        ModelClient client = open(kind, Duration.ofSeconds(5), stopped)
        client.complete(call())
        stopped.stop()

        when:
        client.complete(call())

        then:
        def e = thrown(ProviderException)
        e.kind() == UNREACHABLE
        carriesNoSecrets(e)

        when:
        stopped.restart()
        client.complete(call())

        then:
        stopped.callCount() == 2

        cleanup:
        client?.close()
        stopped?.close()

        where:
        kind << [OPENAI, ANTHROPIC]
    }

    def "a redirect from #kind is not followed: the call is REJECTED and the other server receives nothing"() {
        given:
        StandInProvider elsewhere = new StandInProvider()
        String target = kind == OPENAI ? elsewhere.baseUrl('openai') + '/chat/completions' : elsewhere.baseUrl('anthropic') + '/v1/messages'
        provider.failNext(1, status, [Location: target])
        ModelClient client = open(kind)

        when:
        client.complete(call())

        then:
        def e = thrown(ProviderException)
        e.kind() == REJECTED
        carriesNoSecrets(e)
        elsewhere.callCount() == 0
        provider.callCount() == 1

        cleanup:
        client?.close()
        elsewhere?.close()

        where:
        kind      | status
        OPENAI    | 302
        OPENAI    | 307
        ANTHROPIC | 301
        ANTHROPIC | 308
    }

    private static String oversized() {
        '{"choices":[{"message":{"content":"' + 'x' * (ONE_MIB + 1) + '"}}],"content":[]}'
    }
}
