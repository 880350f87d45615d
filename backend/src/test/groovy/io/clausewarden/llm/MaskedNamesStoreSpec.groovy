package io.clausewarden.llm

import io.clausewarden.crypto.EnvelopeEncryption
import io.clausewarden.llm.store.MaskedNames
import io.clausewarden.server.EmbeddedDefaults
import io.clausewarden.tenant.TenantId
import io.clausewarden.tenant.store.TenantTransactions
import io.clausewarden.tenant.store.Tenants
import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.TestDatabase
import io.micronaut.context.ApplicationContext
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.nio.file.Files
import java.util.concurrent.Callable
import java.util.concurrent.Executors

/** A firm's names to mask on both databases the server runs on: the run's PostgreSQL and an embedded H2 file database. */
class MaskedNamesStoreSpec extends Specification {
    @Shared
    @AutoCleanup
    ApplicationContext postgres = ApplicationContext.run(postgresProperties(), 'postgres')

    @Shared
    @AutoCleanup
    ApplicationContext h2 = ApplicationContext.run(EmbeddedDefaults.prepare(Files.createTempDirectory('clausewarden-names-h2'), { String name -> null }))

    def "a firm's list is stored, replaced and removed (#database)"() {
        given:
        def context = contexts()[database]
        def names = context.getBean(MaskedNames)
        TenantId firm = firm(context)

        when:
        names.replace(firm, ['Priya Raman', ' Amara Osei ', 'Priya Raman'])

        then:
        names.of(firm) == ['Priya Raman', 'Amara Osei']

        when:
        names.replace(firm, ['Halvorsen Shipping AS'])

        then:
        names.of(firm) == ['Halvorsen Shipping AS']

        when:
        names.replace(firm, [])

        then:
        names.of(firm) == []

        where:
        database << ['postgres', 'h2']
    }

    def "one firm's list is not another's (#database)"() {
        given:
        def context = contexts()[database]
        def names = context.getBean(MaskedNames)
        TenantId first = firm(context)
        TenantId second = firm(context)

        when:
        names.replace(first, ['Priya Raman'])

        then:
        names.of(first) == ['Priya Raman']
        names.of(second) == []

        where:
        database << ['postgres', 'h2']
    }

    def "lists stored at the same time as a firm's first leave one of them whole (#database)"() {
        given:
        def context = contexts()[database]
        def names = context.getBean(MaskedNames)
        TenantId firm = firm(context)
        def pool = Executors.newFixedThreadPool(8)
        List<List<String>> lists = (1..40).collect { ["Client ${it}".toString(), "Counsel ${it}".toString()] }

        when:
        lists.collect { list -> pool.submit({ names.replace(firm, list); null } as Callable) }*.get()

        then:
        names.of(firm) in lists

        cleanup:
        pool?.shutdownNow()

        where:
        database << ['postgres', 'h2']
    }

    def "names that break the rules are refused before anything is stored"() {
        given:
        def names = postgres.getBean(MaskedNames)
        TenantId firm = firm(postgres)

        when:
        names.replace(firm, ['Priya Raman', 'x'])

        then:
        thrown(IllegalArgumentException)
        names.of(firm) == []
    }

    private Map<String, ApplicationContext> contexts() {
        [postgres: postgres, h2: h2]
    }

    private static TenantId firm(ApplicationContext context) {
        TenantId tenant = new TenantId(context.getBean(Tenants).create('Names firm ' + UUID.randomUUID(), 90).id())
        context.getBean(TenantTransactions).write(tenant, { context.getBean(EnvelopeEncryption).createDataKey(tenant); null })
        tenant
    }

    private static Map<String, Object> postgresProperties() {
        Map<String, Object> props = new HashMap<>(EmbeddedDefaults.prepare(ServerSpec.DATA_DIR, { String name -> null }))
        props.putAll(TestDatabase.instance.properties())
        props
    }
}
