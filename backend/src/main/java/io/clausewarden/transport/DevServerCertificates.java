package io.clausewarden.transport;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.ssl.CertificateProvider;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;

/**
 * The development server's certificate: issued in memory from the development CA, short-lived, and
 * reissued before it runs out. The HTTPS listener subscribes to {@link #getKeyStore()} (through
 * {@code micronaut.server.ssl.key-name}) and takes each new certificate without a restart.
 */
@Singleton
@Named(DevServerCertificates.NAME)
@Requires(property = "clausewarden.tls.development", value = "true")
public class DevServerCertificates implements CertificateProvider {
    public static final String NAME = "clausewarden-dev";
    private static final Logger LOG = LoggerFactory.getLogger(DevServerCertificates.class);

    private final DevTlsSettings settings;
    private final Clock clock;
    private final DevCertificates.Authority authority;
    private final char[] password;
    private final Sinks.Many<KeyStore> keyStores = Sinks.many().replay().latest();
    private final KeyStore trustStore;
    private volatile X509Certificate current;

    public DevServerCertificates(DevTlsSettings settings, Clock clock,
                                 @Value("${micronaut.server.ssl.key.password}") String keyPassword) {
        this.settings = settings;
        this.clock = clock;
        this.password = keyPassword.toCharArray();
        try {
            this.authority = DevCertificates.load(Path.of(settings.getCaKeyStore()), Path.of(settings.getCaPasswordFile()));
            this.trustStore = KeyStore.getInstance("PKCS12");
            trustStore.load(null, null);
            trustStore.setCertificateEntry("clausewarden-dev-root", authority.root());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the development certificate authority in " + settings.getCaKeyStore(), e);
        }
        issue();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Publisher<KeyStore> getKeyStore() {
        return keyStores.asFlux();
    }

    @Override
    public Publisher<KeyStore> getTrustStore() {
        return Flux.just(trustStore);
    }

    /** The certificate new connections are served with. */
    public X509Certificate current() {
        return current;
    }

    /** Reissues the certificate once less than the renewal share of its lifetime is left. */
    @Scheduled(fixedDelay = "${clausewarden.tls.renewal-check:1h}", initialDelay = "${clausewarden.tls.renewal-check:1h}")
    void renewIfDue() {
        if (due(clock.instant())) {
            issue();
        }
    }

    boolean due(Instant now) {
        Instant notAfter = current.getNotAfter().toInstant();
        return now.plus(settings.getServerCertificateValidity().multipliedBy(settings.getRenewalPercent()).dividedBy(100))
                .isAfter(notAfter);
    }

    synchronized void issue() {
        try {
            KeyStore store = DevCertificates.issueServerKeyStore(authority, settings.getServerCertificateValidity(), password);
            current = (X509Certificate) store.getCertificate("server");
            keyStores.emitNext(store, Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofSeconds(1)));
            LOG.info("Development server certificate issued, valid until {}", current.getNotAfter().toInstant());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot issue the development server certificate", e);
        }
    }
}
