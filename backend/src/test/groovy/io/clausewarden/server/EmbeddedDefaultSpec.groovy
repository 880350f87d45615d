package io.clausewarden.server

import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.runtime.server.EmbeddedServer
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions

/**
 * The zero-setup default: no environment, an H2 file database and everything else created in the
 * data directory on first start.
 */
class EmbeddedDefaultSpec extends Specification {
    @TempDir
    Path parent

    def "the first start creates an owner-only data directory with database, certificates and keys"() {
        given:
        Path dataDir = parent.resolve('data')

        when:
        def run = start(dataDir)

        then:
        perms(dataDir) == 'rwx------'
        ['db', 'tls', 'keys'].every { perms(dataDir.resolve(it)) == 'rwx------' }
        ['tls/server.p12', 'tls/ca.pem', 'tls/keystore.password', 'keys/master-keyset.json', 'keys/jwt-signing.secret'].every {
            Files.exists(dataDir.resolve(it)) && perms(dataDir.resolve(it)) == 'rw-------'
        }
        Files.list(dataDir.resolve('db')).anyMatch { it.fileName.toString().endsWith('.mv.db') }

        cleanup:
        run?.close()
    }

    def "the first administrator signs in with the one-time password printed on first start"() {
        when:
        def run = start(parent.resolve('data'))
        String password = (run.console =~ /One-time password:\s+(\S+)/)[0][1]
        Map token = login(run, 'admin@demo.clausewarden.local', password)

        then:
        token.token_type == 'Bearer'
        token.password_change_required == true

        and: 'the password was printed, not logged'
        run.console.readLines().findAll { it.startsWith('{') }.every { !it.contains(password) }

        and: 'the banner lists the URLs a newcomer needs'
        run.console.contains("https://localhost:${run.server.port}/health")
        run.console.contains('/api/v1/reviews')

        cleanup:
        run?.close()
    }

    def "the first administrator can be given for automated installs"() {
        when:
        def run = start(parent.resolve('data'), ['clausewarden.first-admin.email'   : 'it@firm.example',
                                                 'clausewarden.first-admin.password': 'a long chosen passphrase'])

        then:
        login(run, 'it@firm.example', 'a long chosen passphrase').password_change_required == false
        !run.console.contains('One-time password')

        cleanup:
        run?.close()
    }

    def "a restart keeps the data, the keys and the certificate authority"() {
        given:
        Path dataDir = parent.resolve('data')
        def first = start(dataDir, ['clausewarden.first-admin.email': 'it@firm.example', 'clausewarden.first-admin.password': 'passphrase one'])
        String token = login(first, 'it@firm.example', 'passphrase one').access_token
        Map review = client(first).toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews',
                [text: 'This Agreement is governed by the laws of the State of Texas.']).bearerAuth(token), Map)
        String ca = dataDir.resolve('tls/ca.pem').toFile().text
        first.close()

        when:
        def second = start(dataDir)
        String again = login(second, 'it@firm.example', 'passphrase one').access_token
        Map read = client(second).toBlocking().retrieve(HttpRequest.GET("/api/v1/reviews/${review.id}").bearerAuth(again), Map)

        then:
        read == review
        dataDir.resolve('tls/ca.pem').toFile().text == ca
        !second.console.contains('One-time password')

        cleanup:
        second?.close()
    }

    private static class Run implements AutoCloseable {
        EmbeddedServer server
        HttpClient client
        String console

        void close() {
            client?.close()
            server?.applicationContext?.close()
        }
    }

    private static Run start(Path dataDir, Map<String, Object> extra = [:]) {
        Map<String, Object> props = new HashMap<>(EmbeddedDefaults.prepare(dataDir, { String name -> null }))
        props['micronaut.server.ssl.port'] = -1
        props['micronaut.http.client.ssl.trust-store.path'] = 'file:' + dataDir.resolve('tls/truststore.p12')
        props['micronaut.http.client.ssl.trust-store.password'] = props['micronaut.server.ssl.key-store.password']
        props['micronaut.http.client.ssl.trust-store.type'] = 'PKCS12'
        props.putAll(extra)
        PrintStream original = System.out
        ByteArrayOutputStream captured = new ByteArrayOutputStream()
        System.out = new PrintStream(new TeeOutputStream(original, captured), true)
        try {
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer, props)
            HttpClient client = server.applicationContext.createBean(HttpClient, server.URL)
            return new Run(server: server, client: client, console: captured.toString('UTF-8'))
        } finally {
            System.out = original
        }
    }

    private static HttpClient client(Run run) {
        run.client
    }

    private static Map login(Run run, String email, String password) {
        run.client.toBlocking().retrieve(HttpRequest.POST('/api/v1/auth/login', [email: email, password: password]), Map)
    }

    private static String perms(Path path) {
        PosixFilePermissions.toString(Files.getPosixFilePermissions(path))
    }

    private static class TeeOutputStream extends OutputStream {
        private final OutputStream a, b

        TeeOutputStream(OutputStream a, OutputStream b) {
            this.a = a
            this.b = b
        }

        void write(int x) {
            a.write(x)
            b.write(x)
        }

        void write(byte[] bytes, int off, int len) {
            a.write(bytes, off, len)
            b.write(bytes, off, len)
        }
    }
}
