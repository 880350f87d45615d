package io.clausewarden.tenant

import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.TestDatabase
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import io.micronaut.transaction.TransactionOperations
import jakarta.inject.Named
import java.sql.Connection

@MicronautTest(environments = ['postgres'], transactional = false)
class RowLevelSecuritySpec extends ServerSpec {
    static final List<String> TENANT_TABLES = ['tenants', 'users', 'tenant_keys', 'playbooks', 'reviews', 'user_directory', 'model_settings', 'model_usage', 'masked_names', 'running_reviews']

    @Inject
    ApplicationContext context

    @Inject
    @Named('default')
    TransactionOperations<Connection> transactions

    @Inject
    @Client('/')
    HttpClient client

    def "the application's connections run as clausewarden_app"() {
        expect:
        transactions.executeRead { status -> single(status.connection, 'select current_user') } == 'clausewarden_app'
    }

    def "the application role neither owns the tables nor bypasses row-level security"() {
        given:
        Connection owner = TestDatabase.instance.ownerConnection()

        expect:
        single(owner, "select rolbypassrls::text from pg_roles where rolname = 'clausewarden_app'") == 'false'
        single(owner, "select rolbypassrls::text from pg_roles where rolname = '${TestDatabase.RUNTIME_USER}'") == 'false'
        single(owner, "select rolsuper::text from pg_roles where rolname = '${TestDatabase.RUNTIME_USER}'") == 'false'
        TENANT_TABLES.every { table ->
            single(owner, "select pg_get_userbyid(relowner) from pg_class where relname = '${table}'") != 'clausewarden_app'
        }

        cleanup:
        owner?.close()
    }

    def "every tenant table has row-level security enabled and forced: #table"() {
        given:
        Connection owner = TestDatabase.instance.ownerConnection()

        expect:
        single(owner, "select relrowsecurity::text || '/' || relforcerowsecurity::text from pg_class where relname = '${table}'") == 'true/true'

        cleanup:
        owner?.close()

        where:
        table << TENANT_TABLES
    }

    def "a query without the tenant setting sees no rows of #table"() {
        given: 'a firm with data in every table'
        TestTenants.create(context, client)
        Connection app = appRoleConnection()

        expect:
        count(TestDatabase.instance.ownerConnection(), table) > 0
        count(app, table) == 0

        cleanup:
        app?.close()

        where:
        table << ['tenants', 'users', 'tenant_keys', 'playbooks']
    }

    def "with the tenant set, a query sees that tenant's rows and no other's"() {
        given:
        def first = TestTenants.create(context, client)
        def second = TestTenants.create(context, client)
        Connection app = appRoleTransactionFor(first.tenant)

        when:
        def tenants = column(app, 'select tenant_id::text from users')

        then:
        tenants.contains(first.tenant.toString())
        !tenants.contains(second.tenant.toString())

        cleanup:
        app?.rollback()
        app?.close()
    }

    def "a row for another tenant cannot be written"() {
        given:
        def first = TestTenants.create(context, client)
        def second = TestTenants.create(context, client)
        Connection app = appRoleTransactionFor(first.tenant)

        when:
        app.prepareStatement("""insert into reviews (id, tenant_id, created_by, playbook_slug, playbook_version, created_at, expires_at, payload)
                values (gen_random_uuid(), '${second.tenant}', gen_random_uuid(), 'x', 1, now(), now(), '\\x00')""").execute()

        then:
        def e = thrown(java.sql.SQLException)
        e.message.contains('row-level security')

        cleanup:
        app?.rollback()
        app?.close()
    }

    def "a #table row for another tenant cannot be written"() {
        given:
        def first = TestTenants.create(context, client)
        def second = TestTenants.create(context, client)
        Connection app = appRoleTransactionFor(first.tenant)

        when:
        app.prepareStatement(String.format(insert, second.tenant)).execute()

        then:
        def e = thrown(java.sql.SQLException)
        e.message.contains('row-level security')

        cleanup:
        app?.rollback()
        app?.close()

        where:
        table            | insert
        'model_settings' | "insert into model_settings (tenant_id, provider, endpoints, daily_token_limit, updated_at) values ('%s', 'none', '{}', 0, now())"
        'model_usage'    | "insert into model_usage (tenant_id, usage_day, tokens) values ('%s', current_date, 1)"
        'masked_names'   | "insert into masked_names (tenant_id, names, updated_at) values ('%s', '\\x00', now())"
    }

    /** An application-role connection in an open transaction bound to the tenant, as TenantTransactions binds it. */
    private static Connection appRoleTransactionFor(Object tenant) {
        Connection c = appRoleConnection()
        c.autoCommit = false
        c.prepareStatement("select set_config('app.tenant_id', '${tenant}', true)").execute()
        c
    }

    private static Connection appRoleConnection() {
        Connection c = TestDatabase.instance.runtimeConnection()
        c.createStatement().execute('SET ROLE clausewarden_app')
        c
    }

    private static long count(Connection c, String table) {
        single(c, "select count(*) from ${table}") as long
    }

    private static String single(Connection c, String sql) {
        def rs = c.createStatement().executeQuery(sql)
        rs.next() ? rs.getString(1) : null
    }

    private static List<String> column(Connection c, String sql) {
        def rs = c.createStatement().executeQuery(sql)
        def out = []
        while (rs.next()) {
            out << rs.getString(1)
        }
        out
    }
}
