package io.clausewarden.llm

import io.clausewarden.testing.ScriptedHostResolver
import spock.lang.Specification

/** The guard's two checks without a server: when an endpoint is set, and when a connection asks for an address. */
class EgressGuardChecksSpec extends Specification {
    ScriptedHostResolver resolver = new ScriptedHostResolver()
    EgressGuard guard = new EgressGuard(ModelEndpointPolicy.of(['http://models.internal:8080', 'http://[::1]:8081',
                                                                 '*.hosted.example'], null), resolver)

    static ModelEndpointPolicy.Origin origin(String url) {
        ModelEndpointPolicy.origin(URI.create(url)).get()
    }

    def "an origin the operator lists by name is not resolved when set, and connects wherever it resolves"() {
        given:
        resolver.answer('models.internal', '10.0.0.7')

        expect:
        guard.refusal('http://models.internal:8080/v1').empty
        resolver.timesAsked('models.internal') == 0
        guard.connectable(origin('http://models.internal:8080'), 'models.internal').hostAddress == '10.0.0.7'
    }

    def "a wildcard name is resolved when set: #answer gives #verdict"() {
        given:
        if (answer) {
            resolver.answer('a.hosted.example', *answer)
        }

        when:
        def refusal = guard.refusal('https://a.hosted.example/v1')

        then:
        refusal.map { it.reason() }.orElse('allowed').contains(verdict)
        refusal.map { it.destination() }.orElse(true)

        where:
        answer                          | verdict
        ['8.8.8.8']                     | 'allowed'
        ['8.8.8.8', '2606:4700::1111']  | 'allowed'
        ['8.8.8.8', '192.168.0.10']     | 'private'
        ['fe80::1']                     | 'link-local'
        ['::ffff:169.254.169.254']      | 'cloud metadata'
        null                            | 'does not resolve'
    }

    def "at call time every address is checked and the first is the one connected to"() {
        given:
        resolver.answer('a.hosted.example', '8.8.4.4', '8.8.8.8')

        expect:
        guard.connectable(origin('https://a.hosted.example'), 'a.hosted.example').hostAddress == '8.8.4.4'

        when:
        resolver.answer('a.hosted.example', '8.8.4.4', '127.0.0.1')
        guard.connectable(origin('https://a.hosted.example'), 'a.hosted.example')

        then:
        EgressGuard.Refused e = thrown()
        e.message.contains('loopback')
    }

    def "a connection may only ask for its own origin's host"() {
        when:
        guard.connectable(origin('https://a.hosted.example'), 'b.hosted.example')

        then:
        thrown(EgressGuard.Refused)
    }

    def "an IPv6 origin is matched whether or not the client writes the brackets: #asked"() {
        expect:
        guard.connectable(origin('http://[::1]:8081'), asked).hostAddress in ['0:0:0:0:0:0:0:1', '::1']

        where:
        asked << ['::1', '[::1]', '0:0:0:0:0:0:0:1']
    }

    def "a name that does not resolve at call time is an unknown host, not a refusal"() {
        when:
        guard.connectable(origin('https://nowhere.hosted.example'), 'nowhere.hosted.example')

        then:
        UnknownHostException e = thrown()
        !(e instanceof EgressGuard.Refused)
    }

    def "an origin no longer on the list is refused at call time without asking the resolver"() {
        when:
        guard.connectable(origin('http://127.0.0.1:6379'), '127.0.0.1')

        then:
        thrown(EgressGuard.Refused)
        resolver.asked.isEmpty()
    }
}
