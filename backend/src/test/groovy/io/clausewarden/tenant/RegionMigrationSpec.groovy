package io.clausewarden.tenant

import io.clausewarden.testing.TestDatabase
import org.flywaydb.core.Flyway
import spock.lang.Specification

import java.sql.Connection
import java.sql.DriverManager

/**
 * V4 gives tenants of earlier versions a real region. Row-level security is forced on tenants, so an owner
 * that is not a superuser sees none of them unless the migration lifts it: this runs the migration as such an owner.
 */
class RegionMigrationSpec extends Specification {
    final String suffix = UUID.randomUUID().toString().replace('-', '').substring(0, 10)
    final String database = 'cw_migration_' + suffix
    final String ownerRole = 'cw_migration_owner_' + suffix

    def setup() {
        asSuperuser('postgres') { Connection c ->
            c.createStatement().execute("CREATE ROLE ${ownerRole} LOGIN CREATEROLE NOSUPERUSER NOBYPASSRLS PASSWORD 'owner'")
            c.createStatement().execute("GRANT clausewarden_app TO ${ownerRole} WITH ADMIN OPTION")
            c.createStatement().execute("CREATE DATABASE ${database} OWNER ${ownerRole}")
        }
    }

    def cleanup() {
        asSuperuser('postgres') { Connection c ->
            c.createStatement().execute("DROP DATABASE IF EXISTS ${database} WITH (FORCE)")
            c.createStatement().execute("DROP ROLE IF EXISTS ${ownerRole}")
        }
    }

    def "tenants created with region 'local' are in US after V4, and the constraint holds"() {
        given: 'a database at version 3 with two tenants from that version'
        flyway('3').migrate()
        List<String> ids = [UUID.randomUUID().toString(), UUID.randomUUID().toString()]
        asOwner { Connection c ->
            ids.each { id ->
                c.createStatement().execute("select set_config('app.tenant_id', '${id}', false)")
                c.createStatement().execute("insert into tenants (id, name, region, retention_days, created_at) values ('${id}', 'Old firm', 'local', 90, now())")
            }
        }

        when:
        flyway('latest').migrate()

        then:
        List<String> regions = []
        asSuperuser(database) { Connection c ->
            def rs = c.createStatement().executeQuery('select region from tenants')
            while (rs.next()) {
                regions << rs.getString(1)
            }
        }
        regions == ['US', 'US']

        and: 'row-level security is forced again'
        asSuperuser(database) { Connection c ->
            def rs = c.createStatement().executeQuery("select relforcerowsecurity from pg_class where relname = 'tenants'")
            rs.next()
            assert rs.getBoolean(1)
        }
    }

    private Flyway flyway(String target) {
        Flyway.configure().dataSource(url(database), ownerRole, 'owner')
                .locations('classpath:db/migration/postgresql').target(target).load()
    }

    private void asOwner(Closure work) {
        Connection c = DriverManager.getConnection(url(database), ownerRole, 'owner')
        try {
            work(c)
        } finally {
            c.close()
        }
    }

    private static void asSuperuser(String db, Closure work) {
        Connection c = DriverManager.getConnection(url(db), TestDatabase.instance.adminUser, '')
        try {
            work(c)
        } finally {
            c.close()
        }
    }

    private static String url(String db) {
        "jdbc:postgresql://${TestDatabase.instance.host}:${TestDatabase.instance.port}/${db}"
    }
}
