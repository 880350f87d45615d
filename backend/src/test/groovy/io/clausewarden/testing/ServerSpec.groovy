package io.clausewarden.testing

import io.clausewarden.server.EmbeddedDefaults
import io.micronaut.test.support.TestPropertyProvider
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path

/**
 * Base of the specs that run the whole server over HTTPS against the run's PostgreSQL database.
 * All such specs share one data directory (keys, certificates) as nodes of one deployment would.
 */
abstract class ServerSpec extends Specification implements TestPropertyProvider {
    static final Path DATA_DIR = Files.createTempDirectory('clausewarden-test-data')

    @Override
    Map<String, String> getProperties() {
        Map<String, Object> props = new HashMap<>(EmbeddedDefaults.prepare(DATA_DIR, { String name -> null }))
        props.putAll(TestDatabase.instance.properties())
        props['micronaut.server.ssl.port'] = '-1'
        props['micronaut.http.client.ssl.trust-store.path'] = 'file:' + DATA_DIR.resolve('tls/truststore.p12')
        props['micronaut.http.client.ssl.trust-store.password'] = props['clausewarden.tls.trust-store-password']
        props['micronaut.http.client.ssl.trust-store.type'] = 'PKCS12'
        props['micronaut.http.client.read-timeout'] = '30s'
        props.putAll(extraProperties())
        props.collectEntries { k, v -> [(k): String.valueOf(v)] } as Map<String, String>
    }

    /** Specs add or override configuration here. */
    Map<String, Object> extraProperties() {
        [:]
    }
}
