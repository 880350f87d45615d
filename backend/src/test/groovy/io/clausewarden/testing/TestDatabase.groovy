package io.clausewarden.testing

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

import java.sql.Connection
import java.sql.DriverManager

/**
 * One fresh PostgreSQL database per test run: on the server at 127.0.0.1:5432 when one answers
 * (as in CI), otherwise on an embedded PostgreSQL started for the run. The application connects
 * as a login role that is only a member of clausewarden_app, as production should.
 */
@Singleton(lazy = true, strict = false)
class TestDatabase {
    static final String RUNTIME_USER = 'cw_runtime'
    static final String RUNTIME_PASSWORD = 'cw_runtime_password'

    final String host
    final int port
    final String name = 'cw_test_' + UUID.randomUUID().toString().replace('-', '').substring(0, 12)
    final String adminUser = 'postgres'
    private EmbeddedPostgres embedded

    private TestDatabase() {
        if (localServerAnswers()) {
            host = '127.0.0.1'
            port = 5432
        } else {
            embedded = EmbeddedPostgres.builder().start()
            host = 'localhost'
            port = embedded.port
        }
        admin('postgres') { Connection c ->
            c.createStatement().execute("CREATE DATABASE ${name}")
            c.createStatement().execute("""
                DO \$\$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clausewarden_app') THEN
                    CREATE ROLE clausewarden_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
                  END IF;
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${RUNTIME_USER}') THEN
                    CREATE ROLE ${RUNTIME_USER} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '${RUNTIME_PASSWORD}';
                  END IF;
                END \$\$""".toString())
            c.createStatement().execute("GRANT clausewarden_app TO ${RUNTIME_USER}")
            c.createStatement().execute("GRANT CONNECT ON DATABASE ${name} TO ${RUNTIME_USER}")
        }
        addShutdownHook { drop() }
    }

    String url() {
        "jdbc:postgresql://${host}:${port}/${name}"
    }

    Map<String, Object> properties() {
        [
                'datasources.default.url'          : url(),
                'datasources.default.username'     : RUNTIME_USER,
                'datasources.default.password'     : RUNTIME_PASSWORD,
                'datasources.migration.url'        : url(),
                'datasources.migration.username'   : adminUser,
                'datasources.migration.password'   : '',
        ]
    }

    /** A connection as the database owner, for specs that inspect what the application cannot. */
    Connection ownerConnection() {
        DriverManager.getConnection(url(), adminUser, '')
    }

    /** The first row of a query run as the database owner, read by {@code read}; null when there is no row. */
    def <T> T ownerQuery(String sql, Closure<T> read) {
        Connection c = ownerConnection()
        try {
            def rs = c.createStatement().executeQuery(sql)
            rs.next() ? read(rs) : null
        } finally {
            c.close()
        }
    }

    /** A connection as the application's login role, without the role switch the pool performs. */
    Connection runtimeConnection() {
        DriverManager.getConnection(url(), RUNTIME_USER, RUNTIME_PASSWORD)
    }

    private void admin(String database, Closure work) {
        Connection c = DriverManager.getConnection("jdbc:postgresql://${host}:${port}/${database}", adminUser, '')
        try {
            work(c)
        } finally {
            c.close()
        }
    }

    private void drop() {
        try {
            admin('postgres') { Connection c -> c.createStatement().execute("DROP DATABASE IF EXISTS ${name} WITH (FORCE)") }
        } catch (ignored) {
            // the run is over either way
        }
        embedded?.close()
    }

    private static boolean localServerAnswers() {
        try {
            DriverManager.getConnection('jdbc:postgresql://127.0.0.1:5432/postgres?connectTimeout=2', 'postgres', '').close()
            true
        } catch (ignored) {
            false
        }
    }
}
