package io.clausewarden.llm

import io.clausewarden.llm.store.ServerModelSettings
import io.clausewarden.server.EmbeddedDefaults
import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.TestDatabase
import io.micronaut.context.ApplicationContext
import io.micronaut.context.exceptions.ConfigurationException
import spock.lang.Specification

class ServerModelSettingsSpec extends Specification {
    static final List<String> DEFAULTS = ['https://api.openai.com:443', 'https://api.anthropic.com:443', '*.openai.azure.com']
    static final String KEY = 'sk-CANARY-server-4e1c'

    static ServerModelSettings settings(Map<String, Object> config) {
        Map<String, Object> c = [provider: 'none', baseUrl: '', apiKey: '', model: '', region: '', serverRegion: 'US',
                                 dailyTokenLimit: '', allowedHosts: null] + config
        new ServerModelSettings(c.provider, c.baseUrl, c.apiKey, c.model, c.region, c.serverRegion,
                c.dailyTokenLimit, c.allowedHosts as List<String>)
    }

    def "without configuration no provider is used and the default allow-list applies"() {
        when:
        def server = settings([:])

        then:
        !server.settings().enabled()
        server.settings().endpoints().isEmpty()
        server.settings().apiKey() == null
        server.settings().dailyTokenLimit() == ModelSettings.DEFAULT_DAILY_TOKEN_LIMIT
        server.endpointRegion() == Region.US
        server.endpointPolicy().allowed() == ['https://api.openai.com:443', 'https://api.anthropic.com:443', '*.openai.azure.com']
    }

    def "a configured provider serves the server's region at its base URL, and its origin joins the allow-list"() {
        when:
        def server = settings([provider: 'OpenAI', baseUrl: 'https://models.firm.example/v1', apiKey: KEY, model: 'gpt-4o-mini',
                               serverRegion: 'eu', dailyTokenLimit: '500000'])

        then:
        server.settings().provider() == ProviderKind.OPENAI
        server.settings().model() == 'gpt-4o-mini'
        server.settings().endpoints() == [(Region.EU): URI.create('https://models.firm.example/v1')]
        server.settings().apiKey().reveal() == KEY
        server.settings().dailyTokenLimit() == 500_000
        server.endpointRegion() == Region.EU
        server.endpointPolicy().allowed() == ['https://api.openai.com:443', 'https://api.anthropic.com:443', '*.openai.azure.com',
                                              'https://models.firm.example:443']
    }

    def "the endpoint's region can differ from the server's"() {
        expect:
        settings([provider: 'anthropic', baseUrl: 'https://api.anthropic.com', model: 'claude', region: 'AU'])
                .settings().endpoints().keySet() == [Region.AU] as Set
    }

    def "a configured allow-list replaces the default: #configured"() {
        expect:
        settings([allowedHosts: configured, baseUrl: 'http://127.0.0.1:11434/v1']).endpointPolicy().allowed() == expected

        where:
        configured                                  | expected
        ['models.firm.example']                     | ['https://models.firm.example:443', 'http://127.0.0.1:11434']
        ['https://a.example', '*.b.example']        | ['https://a.example:443', '*.b.example', 'http://127.0.0.1:11434']
        ['https://a.example:8443, *.b.example']     | ['https://a.example:8443', '*.b.example', 'http://127.0.0.1:11434']
        ['http://127.0.0.1:8080 http://[::1]:8080'] | ['http://127.0.0.1:8080', 'http://[::1]:8080', 'http://127.0.0.1:11434']
        ['']                                        | DEFAULTS + ['http://127.0.0.1:11434']
        []                                          | DEFAULTS + ['http://127.0.0.1:11434']
    }

    def "#property is named when it is wrong"() {
        when:
        settings(config)

        then:
        ConfigurationException e = thrown()
        e.message.contains(property)
        !e.message.contains(KEY)

        where:
        config                                                                         | property
        [provider: 'gemini']                                                           | 'clausewarden.llm.provider'
        [provider: 'openai', model: 'm', apiKey: KEY]                                  | 'clausewarden.llm.base-url'
        [provider: 'openai', baseUrl: 'https://api.openai.com/v1', apiKey: KEY]        | 'clausewarden.llm.model'
        [provider: 'openai', baseUrl: 'api.openai.com', model: 'm']                    | 'clausewarden.llm.base-url'
        [provider: 'openai', baseUrl: 'https://u:p@api.openai.com', model: 'm']        | 'clausewarden.llm.base-url'
        [provider: 'openai', baseUrl: 'ftp://api.openai.com', model: 'm']              | 'clausewarden.llm.base-url'
        [region: 'MARS']                                                               | 'clausewarden.llm.region'
        [serverRegion: 'local']                                                        | 'clausewarden.region'
        [dailyTokenLimit: 'lots']                                                      | 'clausewarden.llm.daily-token-limit'
        [dailyTokenLimit: '-1']                                                        | 'clausewarden.llm.daily-token-limit'
        [dailyTokenLimit: '1000000000001']                                             | 'clausewarden.llm.daily-token-limit'
        [allowedHosts: ['https://models.example/v1']]                                  | 'clausewarden.llm.allowed-hosts'
        [allowedHosts: ['127.0.0.1']]                                                  | 'clausewarden.llm.allowed-hosts'
        [allowedHosts: ['models.example:8443']]                                        | 'clausewarden.llm.allowed-hosts'
        [allowedHosts: ['http://localhost']]                                           | 'clausewarden.llm.allowed-hosts'
        [provider: 'openai', baseUrl: 'http://127.1:11434/v1', model: 'm']             | 'clausewarden.llm.base-url'
    }

    def "the server does not start with an unknown provider, and says which setting is wrong"() {
        given:
        Map<String, Object> props = new HashMap<>(EmbeddedDefaults.prepare(ServerSpec.DATA_DIR, { String name -> null }))
        props.putAll(TestDatabase.instance.properties())
        props['clausewarden.llm.provider'] = 'gemini'

        when:
        ApplicationContext.run(props, 'postgres')

        then:
        Exception e = thrown()
        e.message.contains("clausewarden.llm.provider (CLAUSEWARDEN_LLM_PROVIDER) must be openai, anthropic or none, not 'gemini'")
    }

    def "the configuration is read from clausewarden.llm"() {
        given:
        Map<String, Object> props = new HashMap<>(EmbeddedDefaults.prepare(ServerSpec.DATA_DIR, { String name -> null }))
        props.putAll(TestDatabase.instance.properties())
        props.putAll(['clausewarden.llm.provider'     : 'anthropic', 'clausewarden.llm.base-url': 'https://api.anthropic.com',
                      'clausewarden.llm.model'        : 'claude-test', 'clausewarden.llm.api-key': KEY,
                      'clausewarden.llm.allowed-hosts': 'a.example,*.b.example', 'clausewarden.region': 'AU',
                      'clausewarden.llm.daily-token-limit': '1234'])

        when:
        def context = ApplicationContext.run(props, 'postgres')
        def server = context.getBean(ServerModelSettings)

        then:
        server.settings().provider() == ProviderKind.ANTHROPIC
        server.settings().model() == 'claude-test'
        server.settings().endpoints() == [(Region.AU): URI.create('https://api.anthropic.com')]
        server.settings().apiKey().reveal() == KEY
        server.settings().dailyTokenLimit() == 1234
        server.endpointPolicy().allowed() == ['https://a.example:443', '*.b.example', 'https://api.anthropic.com:443']

        cleanup:
        context?.close()
    }
}
