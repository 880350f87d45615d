package io.clausewarden.llm.provider

import io.clausewarden.llm.ProviderKind
import io.clausewarden.testing.Egress
import spock.lang.Specification

import java.time.Duration

import static io.clausewarden.llm.provider.ProviderCalls.KEY

class HttpModelClientsSpec extends Specification {
    HttpModelClients clients = new HttpModelClients(Egress.allowing())

    def "the none provider has no client"() {
        when:
        clients.open(ProviderKind.NONE, URI.create('http://127.0.0.1:1/v1'), null, Duration.ofSeconds(1))

        then:
        thrown(IllegalArgumentException)
    }

    def "a base URL '#url' is refused"() {
        when:
        clients.open(ProviderKind.OPENAI, URI.create(url), KEY, Duration.ofSeconds(1))

        then:
        def e = thrown(IllegalArgumentException)
        !e.message.contains(ProviderCalls.KEY_TEXT)

        where:
        url << ['/v1', 'ftp://127.0.0.1/v1', 'file:///etc/passwd', 'http:///v1']
    }

    def "a call timeout of #timeout is refused"() {
        when:
        clients.open(ProviderKind.OPENAI, URI.create('http://127.0.0.1:1/v1'), KEY, timeout)

        then:
        thrown(IllegalArgumentException)

        where:
        timeout << [null, Duration.ZERO, Duration.ofSeconds(-1)]
    }
}
