package io.clausewarden.transport;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

/**
 * Fails closed. When the HTTPS listener cannot build its TLS context (an unreadable key store, a
 * wrong password), the HTTP server logs a warning and serves plain HTTP on the HTTPS port. Once the
 * server listens, this completes a TLS 1.3 handshake with it on loopback; if that fails, start-up
 * fails and nothing is served.
 */
@Singleton
@Requires(property = "micronaut.server.ssl.enabled", value = "true")
class TlsSelfCheck {
    private static final int TIMEOUT_MILLIS = 5_000;

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        EmbeddedServer server = event.getSource();
        String host = server.getHost();
        if (host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            host = "127.0.0.1";
        }
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(host, server.getPort()), TIMEOUT_MILLIS);
            plain.setSoTimeout(TIMEOUT_MILLIS);
            try (SSLSocket tls = (SSLSocket) anyCertificate().getSocketFactory().createSocket(plain, host, server.getPort(), false)) {
                tls.setEnabledProtocols(new String[] {"TLSv1.3"});
                tls.startHandshake();
                if (!"TLSv1.3".equals(tls.getSession().getProtocol())) {
                    throw refusal(server.getPort(), null);
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw refusal(server.getPort(), e);
        }
    }

    private static IllegalStateException refusal(int port, Exception cause) {
        return new IllegalStateException("The HTTPS listener on port " + port + " does not complete a TLS 1.3 handshake"
                + " (check the key store and its password); refusing to serve without TLS", cause);
    }

    /** The check is about the protocol spoken, not about who we are: the certificate is not verified here. */
    private static SSLContext anyCertificate() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return context;
    }
}
