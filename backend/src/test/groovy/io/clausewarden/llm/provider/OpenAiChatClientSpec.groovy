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

class OpenAiChatClientSpec extends Specification {
    @Shared @AutoCleanup
    StandInProvider provider = new StandInProvider()
    HttpModelClients clients = Egress.clientsFor(provider)

    def setup() {
        provider.reset()
    }

    private ModelClient open(String baseUrl, apiKey = KEY) {
        clients.open(ProviderKind.OPENAI, URI.create(baseUrl), apiKey, Duration.ofSeconds(5))
    }

    def "the request asks for a strict JSON-schema answer, no storage and no sampling"() {
        given:
        ModelClient client = open(provider.baseUrl('openai'))

        when:
        client.complete(call('chat-model-a'))

        then:
        provider.callCount() == 1
        def request = provider.requests[0]
        request.method == 'POST'
        request.path == '/v1/chat/completions'
        request.json.model == 'chat-model-a'
        request.json.store == false
        request.json.temperature == 0
        request.json.n == 1
        request.json.max_tokens == 600
        request.json.messages*.role == ['system', 'user']
        request.json.messages[1].content.contains(CLAUSE)
        request.json.response_format.type == 'json_schema'
        request.json.response_format.json_schema.name == AnswerSchema.NAME
        request.json.response_format.json_schema.strict == true
        request.json.response_format.json_schema.schema == new JsonSlurper().parseText(AnswerSchema.wire().toString())

        cleanup:
        client?.close()
    }

    def "the key goes in a bearer Authorization header"() {
        given:
        ModelClient client = open(provider.baseUrl('openai'))

        when:
        client.complete(call())

        then:
        provider.requests[0].header('Authorization') == "Bearer ${KEY_TEXT}".toString()
        provider.requests[0].header('api-key') == null

        cleanup:
        client?.close()
    }

    def "without a key no Authorization header is sent at all"() {
        given:
        ModelClient client = open(provider.baseUrl('openai'), null)

        when:
        client.complete(call())

        then:
        !provider.requests[0].headers.containsKey('authorization')
        !provider.requests[0].headers.containsKey('api-key')

        cleanup:
        client?.close()
    }

    def "the message content is returned as the answer, with the billed tokens"() {
        given:
        provider.answerWith { Map request, String clause ->
            [verdict: 'does_not_meet', confidence: 0.7, explanation: 'Too broad.', quote: clause, suggested_text: null]
        }
        ModelClient client = open(provider.baseUrl('openai'))

        when:
        def reply = client.complete(call())

        then:
        def answer = new JsonSlurper().parseText(reply.answerJson())
        answer.verdict == 'does_not_meet'
        answer.quote == CLAUSE
        reply.inputTokens() == provider.requests[0].body.length().intdiv(4)
        reply.outputTokens() == StandInProvider.COMPLETION_TOKENS

        and: 'the answer follows the schema'
        AnswerSchema.parse(reply.answerJson()).isPresent()

        cleanup:
        client?.close()
    }

    def "without reported usage the tokens are estimated from the text"() {
        given:
        provider.rawReply { '{"choices":[{"message":{"role":"assistant","content":"{\\"verdict\\":\\"meets\\"}"}}]}' }
        ModelClient client = open(provider.baseUrl('openai'))

        when:
        def reply = client.complete(call())

        then:
        reply.answerJson() == '{"verdict":"meets"}'
        reply.inputTokens() == Tokens.estimate(call().system() + call().user())
        reply.outputTokens() == Tokens.estimate('{"verdict":"meets"}')

        cleanup:
        client?.close()
    }

    def "an Azure deployment gets the key as api-key and an api-version"() {
        given:
        ModelClient client = open(provider.azureBaseUrl('contracts-gpt4o'))

        when:
        client.complete(call())

        then:
        def request = provider.requests[0]
        request.path == '/openai/deployments/contracts-gpt4o/chat/completions'
        request.query == "api-version=${OpenAiChatClient.AZURE_API_VERSION}".toString()
        request.header('api-key') == KEY_TEXT
        !request.headers.containsKey('authorization')

        cleanup:
        client?.close()
    }

    def "an Azure base URL's own query is kept: #query"() {
        given:
        ModelClient client = open(provider.azureBaseUrl('dep') + '?' + query)

        when:
        client.complete(call())

        then:
        provider.requests[0].query == sent

        cleanup:
        client?.close()

        where:
        query                             || sent
        'api-version=2025-01-01-preview'  || 'api-version=2025-01-01-preview'
        'tenant=a&api-version=2024-06-01' || 'tenant=a&api-version=2024-06-01'
        'tenant=a'                        || 'tenant=a&api-version=2024-10-21'
    }

    def "a base URL with a trailing slash posts to the same path"() {
        given:
        ModelClient client = open(provider.baseUrl('openai') + '/')

        when:
        client.complete(call())

        then:
        provider.requests[0].path == '/v1/chat/completions'

        cleanup:
        client?.close()
    }
}
