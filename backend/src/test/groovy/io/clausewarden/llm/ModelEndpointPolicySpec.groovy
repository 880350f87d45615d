package io.clausewarden.llm

import spock.lang.Specification

class ModelEndpointPolicySpec extends Specification {
    static final ModelEndpointPolicy POLICY = ModelEndpointPolicy.withDefaults(URI.create('http://127.0.0.1:11434/v1'))

    def "#url is allowed"() {
        expect:
        POLICY.allows(url)
        POLICY.refusal(url).empty

        where:
        url << ['https://api.openai.com/v1',
                'https://API.OpenAI.com/v1',
                'https://api.openai.com./v1',
                'https://api.anthropic.com',
                'https://x.openai.azure.com/openai/deployments/d',
                'https://x.openai.azure.com/openai/deployments/d?api-version=2024-06-01',
                'http://127.0.0.1:1234/v1',
                'https://127.0.0.1:11434/v1']
    }

    def "#url is refused: #reason"() {
        expect:
        !POLICY.allows(url)
        POLICY.refusal(url).get().contains(reason)

        where:
        url                                              | reason
        'http://10.0.0.5/v1'                             | 'https'
        'http://api.openai.com/v1'                       | 'https'
        'https://internal.corp/v1'                       | 'allow-list'
        'https://10.0.0.5/v1'                            | 'allow-list'
        'https://169.254.169.254/latest'                 | 'allow-list'
        'https://openai.azure.com/v1'                    | 'allow-list'
        'https://evilopenai.azure.com/v1'                | 'allow-list'
        'https://api.openai.com.evil.example/v1'         | 'allow-list'
        'https://user:secret@api.openai.com/v1'          | 'user name or password'
        'https://api.openai.com@internal.corp/v1'        | 'user name or password'
        'https://api.openai.com/v1?target=internal'      | 'query'
        'https://api.openai.com/v1?api-version=1&x=2'    | 'query'
        'https://api.openai.com/v1#fragment'             | 'fragment'
        'ftp://api.openai.com/v1'                        | 'https'
        'file:///etc/passwd'                             | 'absolute http(s) URL'
        '/v1/chat'                                       | 'absolute http(s) URL'
        'https://api_openai.com/v1'                      | 'valid host'
        'https://api.openai.com:99999999999/v1'          | 'valid host'
        'not a url'                                      | 'valid URL'
        ''                                               | 'must be a URL'
        'https://api.openai.com/' + 'a' * 2_000          | 'at most'
    }

    def "plain http is for loopback addresses only, and those still need the allow-list"() {
        given:
        def policy = new ModelEndpointPolicy(['localhost', '127.0.0.2', '[::1]', 'models.internal'])

        expect:
        policy.allows(url) == allowed

        where:
        url                               | allowed
        'http://localhost:8080/v1'        | true
        'http://127.0.0.2/v1'             | true
        'http://[::1]:8080/v1'            | true
        'http://models.internal/v1'       | false
        'https://models.internal/v1'      | true
        'http://127.0.0.1/v1'             | false
        'http://0x7f000001/v1'            | false
    }

    def "an allow-list entry #entry matches #host: #matches"() {
        expect:
        new ModelEndpointPolicy([entry]).allows("https://${host}/v1") == matches

        where:
        entry                | host                         | matches
        'api.example.com'    | 'api.example.com'            | true
        'api.example.com'    | 'API.EXAMPLE.COM'            | true
        'api.example.com'    | 'x.api.example.com'          | false
        '*.example.com'      | 'a.example.com'              | true
        '*.example.com'      | 'a.b.example.com'            | true
        '*.example.com'      | 'example.com'                | false
        '*.example.com'      | 'badexample.com'             | false
        '*.Example.COM.'     | 'a.example.com'              | true
    }

    def "an allow-list entry '#entry' that is not a host name is refused"() {
        when:
        new ModelEndpointPolicy([entry])

        then:
        thrown(IllegalArgumentException)

        where:
        entry << ['', '*', '*.com', 'a*.example.com', 'api.example.com:443', 'https://api.example.com', 'a b']
    }

    def "the reason never repeats the URL"() {
        given:
        String url = 'https://user:CANARY-9d1@internal.corp/v1?secret=CANARY-9d1'

        expect:
        !POLICY.refusal(url).get().contains('CANARY')
    }
}
