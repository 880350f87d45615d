package io.clausewarden.llm

import spock.lang.Specification

class ModelEndpointPolicySpec extends Specification {
    /** The defaults plus an operator's local model server. */
    static final ModelEndpointPolicy POLICY = ModelEndpointPolicy.withDefaults(URI.create('http://127.0.0.1:11434/v1'))

    def "#url is allowed"() {
        expect:
        POLICY.allows(url)
        POLICY.refusal(url).empty

        where:
        url << ['https://api.openai.com/v1',
                'https://API.OpenAI.com/v1',
                'https://api.openai.com./v1',
                'https://api.openai.com:443/v1',
                'https://api.anthropic.com',
                'https://x.openai.azure.com/openai/deployments/d',
                'https://x.openai.azure.com/openai/deployments/d?api-version=2024-06-01',
                'http://127.0.0.1:11434/v1',
                'http://127.0.0.1:11434/api/other-path']
    }

    def "#url is refused (destination #destination): #reason"() {
        when:
        def refusal = POLICY.refusal(url)

        then:
        !POLICY.allows(url)
        refusal.get().reason().contains(reason)
        refusal.get().destination() == destination

        where:
        url                                              | destination | reason
        'http://127.0.0.1:6379/v1'                       | true        | 'https'
        'http://127.0.0.1:1234/v1'                       | true        | 'https'
        'https://127.0.0.1:11434/v1'                     | true        | 'allow-list'
        'http://localhost:11434/v1'                      | true        | 'https'
        'http://[::1]:11434/v1'                          | true        | 'https'
        'http://10.0.0.5/v1'                             | true        | 'https'
        'http://api.openai.com/v1'                       | true        | 'https'
        'https://api.openai.com:8443/v1'                 | true        | 'allow-list'
        'https://internal.corp/v1'                       | true        | 'allow-list'
        'https://10.0.0.5/v1'                            | true        | 'allow-list'
        'https://169.254.169.254/latest'                 | true        | 'allow-list'
        'https://openai.azure.com/v1'                    | true        | 'allow-list'
        'https://evilopenai.azure.com/v1'                | true        | 'allow-list'
        'https://x.openai.azure.com:444/v1'              | true        | 'allow-list'
        'https://api.openai.com.evil.example/v1'         | true        | 'allow-list'
        'http://2130706433:11434/v1'                     | true        | 'valid host'
        'http://0177.0.0.1:11434/v1'                     | true        | 'valid host'
        'http://127.1:11434/v1'                          | true        | 'valid host'
        'http://0x7f000001:11434/v1'                     | true        | 'valid host'
        'http://0x7f.0.0.1:11434/v1'                     | true        | 'valid host'
        'https://api_openai.com/v1'                      | true        | 'valid host'
        'https://api.openai.com:99999999999/v1'          | true        | 'valid host'
        'https://[fe80::1%25eth0]/v1'                    | true        | 'valid host'
        'https://user:secret@api.openai.com/v1'          | false       | 'user name or password'
        'https://api.openai.com@internal.corp/v1'        | false       | 'user name or password'
        'https://api.openai.com/v1?target=internal'      | false       | 'query'
        'https://api.openai.com/v1?api-version=1&x=2'    | false       | 'query'
        'https://api.openai.com/v1#fragment'             | false       | 'fragment'
        'ftp://api.openai.com/v1'                        | false       | 'https'
        'file:///etc/passwd'                             | false       | 'absolute http(s) URL'
        '/v1/chat'                                       | false       | 'absolute http(s) URL'
        'not a url'                                      | false       | 'valid URL'
        ''                                               | false       | 'must be a URL'
        'https://api.openai.com/' + 'a' * 2_000          | false       | 'at most'
    }

    def "an IPv4-mapped IPv6 literal is read as its IPv4 address"() {
        given:
        def policy = ModelEndpointPolicy.of(['http://127.0.0.1:11434'], null)

        expect:
        ModelEndpointPolicy.canonicalHost('[::ffff:127.0.0.1]').get() == '127.0.0.1'
        ModelEndpointPolicy.canonicalHost('[::FFFF:7f00:1]').get() == '127.0.0.1'
        ModelEndpointPolicy.canonicalHost('[0:0:0:0:0:0:0:1]').get() == '[::1]'
        policy.allows('http://[::ffff:127.0.0.1]:11434/v1')
        !policy.allows('http://[::ffff:127.0.0.1]:6379/v1')
    }

    def "an operator entry #entry allows #url: #allowed"() {
        expect:
        ModelEndpointPolicy.of([entry], null).allows(url) == allowed

        where:
        entry                          | url                                     | allowed
        'https://models.example'       | 'https://models.example/v1'             | true
        'https://models.example'       | 'https://models.example:443/v1'         | true
        'https://models.example'       | 'https://models.example:8443/v1'        | false
        'https://models.example'       | 'http://models.example/v1'              | false
        'https://models.example'       | 'https://x.models.example/v1'           | false
        'https://models.example:8443/' | 'https://models.example:8443/v1'        | true
        'https://models.example:8443'  | 'https://models.example/v1'             | false
        'http://127.0.0.1:11434'       | 'http://127.0.0.1:11434/v1'             | true
        'http://127.0.0.1:11434'       | 'http://127.0.0.1:11435/v1'             | false
        'http://127.0.0.1:11434'       | 'https://127.0.0.1:11434/v1'            | false
        'http://127.0.0.1:11434'       | 'http://localhost:11434/v1'             | false
        'http://[::1]:8080'            | 'http://[0::1]:8080/v1'                 | true
        'HTTP://Models.Internal:8080'  | 'http://models.internal:8080/v1'        | true
        'models.example'               | 'https://models.example/v1'             | true
        'models.example'               | 'https://models.example:8443/v1'        | false
        'models.example'               | 'http://models.example:80/v1'           | false
        '*.example.com'                | 'https://a.example.com/v1'              | true
        '*.example.com'                | 'https://a.b.example.com/v1'            | true
        '*.example.com'                | 'https://example.com/v1'                | false
        '*.example.com'                | 'https://badexample.com/v1'             | false
        '*.example.com'                | 'https://a.example.com:8443/v1'         | false
        '*.example.com'                | 'http://a.example.com/v1'               | false
        '*.Example.COM.'               | 'https://a.example.com/v1'              | true
    }

    def "the operator's endpoint allows exactly its origin: nothing else on that host"() {
        given:
        def policy = ModelEndpointPolicy.of(['https://api.anthropic.com'], URI.create('http://127.0.0.1:11434/v1'))

        expect:
        policy.allowed() == ['https://api.anthropic.com:443', 'http://127.0.0.1:11434']
        policy.allows('http://127.0.0.1:11434/v1')
        !policy.allows('http://127.0.0.1:6379')
        !policy.allows('https://api.openai.com/v1')
    }

    def "an entry '#entry' that is invalid or ambiguous is refused, saying why"() {
        when:
        ModelEndpointPolicy.of([entry], null)

        then:
        IllegalArgumentException e = thrown()
        e.message.contains(why)

        where:
        entry                           | why
        ''                              | 'blank'
        '*'                             | 'ambiguous'
        '*.com'                         | 'suffix'
        '*.example.com:8443'            | 'suffix'
        'a*.example.com'                | 'ambiguous'
        'api.example.com:443'           | 'ambiguous'
        '127.0.0.1'                     | 'ambiguous'
        'localhost'                     | 'ambiguous'
        '::1'                           | 'ambiguous'
        '[::1]'                         | 'ambiguous'
        'http://127.0.0.1'              | 'port'
        'https://models.example/v1'     | 'origin'
        'https://u:p@models.example'    | 'origin'
        'https://models.example?x=1'    | 'origin'
        'ftp://models.example'          | 'origin'
        'https://0177.0.0.1'            | 'valid host'
        'a b'                           | 'not an origin'
    }

    def "hosted-provider entries need public addresses; origins the operator lists do not"() {
        given:
        def policy = ModelEndpointPolicy.of(['http://models.internal:8080', '*.models.example'], null)
        def listed = new ModelEndpointPolicy.Origin('http', 'models.internal', 8080)
        def wildcard = new ModelEndpointPolicy.Origin('https', 'a.models.example', 443)
        def loopback = [InetAddress.getByAddress([127, 0, 0, 1] as byte[])]
        def mixed = [InetAddress.getByAddress([8, 8, 8, 8] as byte[]), InetAddress.getByAddress([10, 0, 0, 1] as byte[])]

        expect:
        policy.addressRefusal(listed, loopback).empty
        policy.addressRefusal(wildcard, loopback).get().reason().contains('loopback')
        policy.addressRefusal(wildcard, mixed).get().reason().contains('private')
        policy.addressRefusal(wildcard, [InetAddress.getByAddress([8, 8, 8, 8] as byte[])]).empty
        ModelEndpointPolicy.withDefaults(null).addressRefusal(new ModelEndpointPolicy.Origin('https', 'api.openai.com', 443), loopback).present
    }

    def "the reason never repeats the URL"() {
        given:
        String url = 'https://user:CANARY-9d1@internal.corp/v1?secret=CANARY-9d1'

        expect:
        !POLICY.refusal(url).get().reason().contains('CANARY')
        !POLICY.refusal('https://CANARY-host.example/v1').get().reason().contains('CANARY')
    }
}
