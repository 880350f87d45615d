package io.clausewarden.llm.provider

import io.clausewarden.llm.EgressGuard
import io.clausewarden.llm.ModelClient
import io.clausewarden.llm.ModelEndpointPolicy
import io.clausewarden.llm.ProviderException
import io.clausewarden.llm.ProviderKind
import io.clausewarden.testing.Egress
import io.clausewarden.testing.ScriptedHostResolver
import io.clausewarden.testing.SilentListener
import io.clausewarden.testing.StandInProvider
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Duration
import java.util.concurrent.ThreadLocalRandom

import static io.clausewarden.llm.provider.ProviderCalls.CANARY
import static io.clausewarden.llm.provider.ProviderCalls.KEY
import static io.clausewarden.llm.provider.ProviderCalls.KEY_TEXT
import static io.clausewarden.llm.provider.ProviderCalls.call

/** Every new provider connection finds its address through the egress guard, and goes to no other address. */
class GuardedConnectionsSpec extends Specification {
    @Shared @AutoCleanup
    StandInProvider listed = new StandInProvider()
    @Shared @AutoCleanup
    StandInProvider unlisted = new StandInProvider()

    def setup() {
        listed.reset()
        unlisted.reset()
    }

    private static ModelClient open(EgressGuard guard, String baseUrl) {
        new HttpModelClients(guard).open(ProviderKind.OPENAI, URI.create(baseUrl), KEY, Duration.ofSeconds(5))
    }

    private static void refusedQuietly(ProviderException e) {
        assert e.kind() == ProviderException.Kind.REFUSED_DESTINATION
        assert !e.retryable()
        assert !e.message.contains(KEY_TEXT)
        assert !e.message.contains(CANARY)
    }

    def "the listed stand-in is called, and another stand-in on the same loopback address is refused without a request"() {
        given:
        EgressGuard guard = Egress.allowing(listed)

        when:
        open(guard, listed.baseUrl('openai')).complete(call())

        then:
        listed.callCount() == 1

        when:
        open(guard, unlisted.baseUrl('openai')).complete(call())

        then:
        ProviderException e = thrown()
        refusedQuietly(e)
        unlisted.callCount() == 0
    }

    def "a service on another loopback port never hears a connection"() {
        given:
        SilentListener service = new SilentListener()

        when:
        open(Egress.allowing(listed), "http://127.0.0.1:${service.port}/v1").complete(call())

        then:
        ProviderException e = thrown()
        refusedQuietly(e)
        service.connections() == 0
        service.bytesReceived() == 0

        cleanup:
        service?.close()
    }

    def "an origin the operator lists by name is connected at the address its name resolved to, with the name as Host"() {
        given:
        def resolver = new ScriptedHostResolver().answer('models.internal', '127.0.0.1')
        def guard = new EgressGuard(ModelEndpointPolicy.of(["http://models.internal:${listed.port}".toString()], null), resolver)

        when:
        open(guard, "http://models.internal:${listed.port}/v1").complete(call())

        then:
        listed.callCount() == 1
        listed.requests[0].header('host') == "models.internal:${listed.port}".toString()
        resolver.timesAsked('models.internal') >= 1
    }

    def "a hosted provider's name that resolves to #answer at call time is refused, and loopback hears nothing"() {
        given: 'a service on a loopback address at the https port, where the rebound name points'
        String loopback = "127.${ThreadLocalRandom.current().nextInt(1, 255)}.${ThreadLocalRandom.current().nextInt(1, 255)}.${ThreadLocalRandom.current().nextInt(2, 255)}"
        SilentListener service = new SilentListener(loopback, 443)
        def resolver = new ScriptedHostResolver().answer('api.openai.com', *answer.collect { it == 'LOOPBACK' ? loopback : it })
        def guard = new EgressGuard(ModelEndpointPolicy.withDefaults(null), resolver)

        when:
        open(guard, 'https://api.openai.com/v1').complete(call())

        then:
        ProviderException e = thrown()
        refusedQuietly(e)
        resolver.timesAsked('api.openai.com') >= 1
        service.connections() == 0

        cleanup:
        service?.close()

        where:
        answer << [['LOOPBACK'], ['LOOPBACK', '8.8.8.8']]
    }
}
