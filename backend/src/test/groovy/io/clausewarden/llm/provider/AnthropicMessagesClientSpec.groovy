package io.clausewarden.llm.provider

import groovy.json.JsonSlurper
import io.clausewarden.llm.AnswerSchema
import io.clausewarden.llm.ModelClient
import io.clausewarden.llm.ProviderKind
import io.clausewarden.testing.Egress
import io.clausewarden.testing.StandInProvider
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Duration

import static io.clausewarden.llm.provider.ProviderCalls.CLAUSE
import static io.clausewarden.llm.provider.ProviderCalls.KEY
import static io.clausewarden.llm.provider.ProviderCalls.KEY_TEXT
import static io.clausewarden.llm.provider.ProviderCalls.call

class AnthropicMessagesClientSpec extends Specification {
    @Shared @AutoCleanup
    StandInProvider provider = new StandInProvider()
    HttpModelClients clients = Egress.clientsFor(provider)

    def setup() {
        provider.reset()
    }

    private ModelClient open(apiKey = KEY) {
        clients.open(ProviderKind.ANTHROPIC, URI.create(provider.baseUrl('anthropic')), apiKey, Duration.ofSeconds(5))
    }

    def "the request forces the answer tool, whose input schema is the answer schema"() {
        given:
        ModelClient client = open()

        when:
        client.complete(call('messages-model-b'))

        then:
        provider.callCount() == 1
        def request = provider.requests[0]
        request.method == 'POST'
        request.path == '/v1/messages'
        request.json.model == 'messages-model-b'
        request.json.max_tokens == 600
        request.json.temperature == 0
        request.json.system == call().system()
        request.json.messages == [[role: 'user', content: call().user()]]
        request.json.tools.size() == 1
        request.json.tools[0].name == AnswerSchema.NAME
        request.json.tools[0].input_schema == new JsonSlurper().parseText(AnswerSchema.wire().toString())
        request.json.tool_choice == [type: 'tool', name: AnswerSchema.NAME]

        cleanup:
        client?.close()
    }

    def "the key and API version go in Anthropic's headers, never in Authorization"() {
        given:
        ModelClient client = open()

        when:
        client.complete(call())

        then:
        def request = provider.requests[0]
        request.header('x-api-key') == KEY_TEXT
        request.header('anthropic-version') == AnthropicMessagesClient.API_VERSION
        !request.headers.containsKey('authorization')

        cleanup:
        client?.close()
    }

    def "without a key neither x-api-key nor Authorization is sent"() {
        given:
        ModelClient client = open(null)

        when:
        client.complete(call())

        then:
        !provider.requests[0].headers.containsKey('x-api-key')
        !provider.requests[0].headers.containsKey('authorization')

        cleanup:
        client?.close()
    }

    def "the tool input is returned as JSON text, with the billed tokens"() {
        given:
        provider.answerWith { Map request, String clause ->
            [verdict: 'meets', confidence: 0.95, explanation: 'Indemnity given.', quote: clause, suggested_text: null]
        }
        ModelClient client = open()

        when:
        def reply = client.complete(call())

        then:
        def answer = new JsonSlurper().parseText(reply.answerJson())
        answer.verdict == 'meets'
        answer.quote == CLAUSE
        AnswerSchema.parse(reply.answerJson()).isPresent()
        reply.inputTokens() == provider.requests[0].body.length().intdiv(4)
        reply.outputTokens() == StandInProvider.COMPLETION_TOKENS

        cleanup:
        client?.close()
    }

    def "a tool call among other content items is found"() {
        given:
        provider.rawReply {
            '''{"content":[{"type":"text","text":"Let me record that."},
                {"type":"tool_use","id":"t1","name":"other_tool","input":{"x":1}},
                {"type":"tool_use","id":"t2","name":"clause_answer","input":{"verdict":"unclear"}}],
               "usage":{"input_tokens":11,"output_tokens":7}}'''
        }
        ModelClient client = open()

        when:
        def reply = client.complete(call())

        then:
        reply.answerJson() == '{"verdict":"unclear"}'
        reply.inputTokens() == 11
        reply.outputTokens() == 7

        cleanup:
        client?.close()
    }
}
