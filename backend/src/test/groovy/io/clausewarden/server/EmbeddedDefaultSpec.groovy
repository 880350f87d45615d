package io.clausewarden.server

import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.http.client.multipart.MultipartBody
import io.micronaut.http.client.HttpClient
import io.micronaut.runtime.server.EmbeddedServer
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions
import java.security.cert.X509Certificate
import java.time.Duration
import java.time.Instant
import javax.net.ssl.SSLContext
import javax.net.ssl.SSLSocket
import javax.net.ssl.TrustManager
import javax.net.ssl.X509TrustManager

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
        ['tls/truststore.p12', 'tls/ca.pem', 'keys/dev-ca.p12', 'keys/dev-ca.password', 'tls/keystore.password', 'keys/master-keyset.json', 'keys/jwt-signing.secret'].every {
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

    def "after start-up, a review and a refused upload, every file under the data directory is owner-only and no database trace file exists"() {
        given:
        Path dataDir = parent.resolve('data')
        def run = start(dataDir, ['clausewarden.first-admin.email': 'it@firm.example', 'clausewarden.first-admin.password': 'passphrase one'])
        String token = login(run, 'it@firm.example', 'passphrase one').access_token

        when:
        run.client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews',
                [text: 'This Agreement is governed by the laws of the State of Texas.']).bearerAuth(token), Map)
        try {
            run.client.toBlocking().exchange(HttpRequest.POST('/api/v1/reviews', MultipartBody.builder()
                    .addPart('file', 'Secret Client Merger.docx', MediaType.APPLICATION_OCTET_STREAM_TYPE, 'not a zip'.bytes).build())
                    .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token), Map)
        } catch (HttpClientResponseException refused) {
            assert refused.status.code == 422
        }
        List<Path> everything = Files.walk(dataDir).toList()

        then:
        everything.findAll { Files.isDirectory(it) }.every { perms(it) == 'rwx------' }
        everything.findAll { Files.isRegularFile(it) }.every { perms(it) == 'rw-------' }
        everything.findAll { Files.isRegularFile(it) }.size() > 6
        !everything.any { it.fileName.toString().endsWith('.trace.db') }

        cleanup:
        run?.close()
    }

    def "the embedded default listens on loopback only"() {
        given:
        InetAddress other = NetworkInterface.networkInterfaces.toList().collectMany { it.inetAddresses.toList() }
                .find { it instanceof Inet4Address && !it.loopbackAddress }

        when:
        def run = start(parent.resolve('data'))

        then:
        run.server.host == '127.0.0.1'
        accepts(InetAddress.getByName('127.0.0.1'), run.server.port)
        other == null || !accepts(other, run.server.port)

        cleanup:
        run?.close()
    }

    def "an operator who names an address is listened to on it"() {
        when:
        def run = start(parent.resolve('data'), ['micronaut.server.host': '0.0.0.0'])
        InetAddress other = NetworkInterface.networkInterfaces.toList().collectMany { it.inetAddresses.toList() }
                .find { it instanceof Inet4Address && !it.loopbackAddress }

        then:
        other == null || accepts(other, run.server.port)

        cleanup:
        run?.close()
    }

    def "the server certificate is short-lived, issued by the development CA, and a reissued one is served without a restart"() {
        given:
        Path dataDir = parent.resolve('data')
        def run = start(dataDir)
        def certificates = run.server.applicationContext.getBean(io.clausewarden.transport.DevServerCertificates)

        when:
        X509Certificate first = servedCertificate(run.server.port)
        certificates.issue()
        X509Certificate second = servedCertificate(run.server.port)

        then:
        Duration.between(Instant.now(), first.notAfter.toInstant()) <= Duration.ofDays(7)
        first.issuerX500Principal.name.contains('Clausewarden Development CA')
        first.serialNumber != second.serialNumber
        second == certificates.current()

        cleanup:
        run?.close()
    }

    def "a server whose TLS context cannot be built refuses to start instead of serving plain HTTP"() {
        given: 'a key store with no private key in it'
        Path dataDir = parent.resolve('data')
        Map<String, Object> props = new HashMap<>(EmbeddedDefaults.prepare(dataDir, { String name -> null }))
        props.remove('micronaut.server.ssl.key-name')
        props['clausewarden.tls.development'] = false
        props['micronaut.server.ssl.key-store.path'] = 'file:' + dataDir.resolve('tls/truststore.p12')
        props['micronaut.server.ssl.key-store.password'] = props['clausewarden.tls.trust-store-password']
        props['micronaut.server.ssl.key-store.type'] = 'PKCS12'
        props['micronaut.server.ssl.port'] = -1

        when:
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer, props)

        then:
        Exception refused = thrown()
        causes(refused).any { it.message?.contains('does not complete a TLS 1.3 handshake') }

        cleanup:
        server?.applicationContext?.close()
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
        props['micronaut.http.client.ssl.trust-store.password'] = props['clausewarden.tls.trust-store-password']
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

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000)
            true
        } catch (IOException ignored) {
            false
        }
    }

    private static X509Certificate servedCertificate(int port) {
        SSLContext tls = SSLContext.getInstance('TLSv1.3')
        tls.init(null, [new X509TrustManager() {
            void checkClientTrusted(X509Certificate[] chain, String authType) {}
            void checkServerTrusted(X509Certificate[] chain, String authType) {}
            X509Certificate[] getAcceptedIssuers() { new X509Certificate[0] }
        }] as TrustManager[], null)
        SSLSocket socket = (SSLSocket) tls.socketFactory.createSocket('127.0.0.1', port)
        try {
            socket.startHandshake()
            (X509Certificate) socket.session.peerCertificates[0]
        } finally {
            socket.close()
        }
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> all = []
        for (Throwable t = e; t != null && !all.contains(t); t = t.cause) {
            all << t
        }
        all
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
