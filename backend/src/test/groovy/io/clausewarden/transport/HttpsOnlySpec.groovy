package io.clausewarden.transport

import io.clausewarden.testing.ServerSpec
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import javax.net.ssl.SSLContext
import javax.net.ssl.SSLHandshakeException
import javax.net.ssl.SSLSocket
import javax.net.ssl.TrustManagerFactory
import java.security.KeyStore

@MicronautTest(environments = ['postgres'], transactional = false)
class HttpsOnlySpec extends ServerSpec {
    @Inject
    EmbeddedServer server

    @Inject
    @Client('/')
    HttpClient client

    def "the health endpoint answers 200 over HTTPS without signing in"() {
        when:
        HttpResponse<Map> response = client.toBlocking().exchange(HttpRequest.GET('/health'), Map)

        then:
        server.URL.protocol == 'https'
        response.status.code == 200
        response.body().status == 'UP'
    }

    def "every response carries HSTS"() {
        when:
        HttpResponse<Map> response = client.toBlocking().exchange(HttpRequest.GET('/health'), Map)

        then:
        response.header('Strict-Transport-Security') == 'max-age=31536000; includeSubDomains'
        response.header('X-Content-Type-Options') == 'nosniff'
    }

    def "a TLS #protocol handshake is #outcome"() {
        when:
        String negotiated = handshake(protocol)

        then:
        negotiated == expected

        where:
        protocol  | expected  | outcome
        'TLSv1.3' | 'TLSv1.3' | 'accepted'
        'TLSv1.2' | null      | 'refused'
    }

    def "plain HTTP on the server port gets no HTTP answer"() {
        given:
        Socket socket = new Socket('127.0.0.1', server.port)
        socket.soTimeout = 5000

        when:
        socket.outputStream.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".bytes)
        socket.outputStream.flush()
        byte[] buffer = new byte[64]
        int read = readQuietly(socket.inputStream, buffer)
        String answer = read > 0 ? new String(buffer, 0, read, 'ISO-8859-1') : ''

        then:
        !answer.startsWith('HTTP/')

        cleanup:
        socket?.close()
    }

    private String handshake(String protocol) {
        KeyStore trust = KeyStore.getInstance('PKCS12')
        DATA_DIR.resolve('tls/truststore.p12').toFile().withInputStream { trust.load(it, (properties['clausewarden.tls.trust-store-password'] as String).toCharArray()) }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.defaultAlgorithm)
        tmf.init(trust)
        SSLContext context = SSLContext.getInstance('TLS')
        context.init(null, tmf.trustManagers, null)
        SSLSocket socket = (SSLSocket) context.socketFactory.createSocket('127.0.0.1', server.port)
        try {
            socket.enabledProtocols = [protocol] as String[]
            socket.soTimeout = 5000
            socket.startHandshake()
            return socket.session.protocol
        } catch (SSLHandshakeException | SocketException ignored) {
            return null
        } finally {
            socket.close()
        }
    }

    private static int readQuietly(InputStream input, byte[] buffer) {
        try {
            return input.read(buffer)
        } catch (IOException ignored) {
            return -1
        }
    }
}
