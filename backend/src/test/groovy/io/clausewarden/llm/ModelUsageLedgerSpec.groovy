package io.clausewarden.llm

import io.clausewarden.llm.store.ModelUsageLedger
import io.clausewarden.llm.store.ModelUsageRepository
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
import java.time.Clock
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneId
import java.time.ZoneOffset
import java.util.concurrent.Callable
import java.util.concurrent.Executors

/** The ledger on both databases the server runs on: the run's PostgreSQL and an embedded H2 file database. */
class ModelUsageLedgerSpec extends Specification {
    @Shared
    @AutoCleanup
    ApplicationContext postgres = ApplicationContext.run(postgresProperties(), 'postgres')

    @Shared
    @AutoCleanup
    ApplicationContext h2 = ApplicationContext.run(EmbeddedDefaults.prepare(Files.createTempDirectory('clausewarden-ledger-h2'), { String name -> null }))

    MutableClock clock = new MutableClock(now: Instant.parse('2031-03-01T10:00:00Z'))

    def "tokens add up over a day and start again the next UTC day (#database)"() {
        given:
        def context = contexts()[database]
        def ledger = ledger(context)
        TenantId firm = firm(context)

        when:
        ledger.record(firm, 100)
        ledger.record(firm, 250)
        clock.now = Instant.parse('2031-03-01T23:59:59Z')
        ledger.record(firm, 50)

        then:
        ledger.usedToday(firm) == 400

        when:
        clock.now = Instant.parse('2031-03-02T00:00:00Z')
        ledger.record(firm, 7)

        then:
        ledger.usedToday(firm) == 7
        ledger.usedOn(firm, LocalDate.parse('2031-03-01')) == 400
        ledger.remainingToday(firm, 10) == 3
        ledger.remainingToday(firm, 5) == 0

        where:
        database << ['postgres', 'h2']
    }

    def "one firm's tokens are not another's (#database)"() {
        given:
        def context = contexts()[database]
        def ledger = ledger(context)
        TenantId first = firm(context)
        TenantId second = firm(context)

        when:
        ledger.record(first, 1_000)
        ledger.record(second, 1)

        then:
        ledger.usedToday(first) == 1_000
        ledger.usedToday(second) == 1

        where:
        database << ['postgres', 'h2']
    }

    def "calls recorded at the same time all count, the day's first included (#database)"() {
        given:
        def context = contexts()[database]
        def ledger = ledger(context)
        TenantId firm = firm(context)
        def pool = Executors.newFixedThreadPool(8)

        when:
        def futures = (1..200).collect { pool.submit({ ledger.record(firm, 3); null } as Callable) }
        futures*.get()

        then:
        ledger.usedToday(firm) == 600

        cleanup:
        pool?.shutdownNow()

        where:
        database << ['postgres', 'h2']
    }

    def "zero tokens record nothing and a negative count is refused"() {
        given:
        def ledger = ledger(postgres)
        TenantId firm = firm(postgres)

        when:
        ledger.record(firm, 0)

        then:
        ledger.usedToday(firm) == 0

        when:
        ledger.record(firm, -1)

        then:
        thrown(IllegalArgumentException)
    }

    def "the server's budget is the ledger"() {
        expect:
        postgres.getBean(TokenBudget) instanceof ModelUsageLedger
    }

    private Map<String, ApplicationContext> contexts() {
        [postgres: postgres, h2: h2]
    }

    private ModelUsageLedger ledger(ApplicationContext context) {
        new ModelUsageLedger(context.getBean(ModelUsageRepository), context.getBean(TenantTransactions), clock)
    }

    private static TenantId firm(ApplicationContext context) {
        new TenantId(context.getBean(Tenants).create('Ledger firm ' + UUID.randomUUID(), 90).id())
    }

    private static Map<String, Object> postgresProperties() {
        Map<String, Object> props = new HashMap<>(EmbeddedDefaults.prepare(ServerSpec.DATA_DIR, { String name -> null }))
        props.putAll(TestDatabase.instance.properties())
        props
    }

    static class MutableClock extends Clock {
        volatile Instant now

        @Override
        ZoneId getZone() {
            ZoneOffset.UTC
        }

        @Override
        Clock withZone(ZoneId zone) {
            this
        }

        @Override
        Instant instant() {
            now
        }
    }
}
