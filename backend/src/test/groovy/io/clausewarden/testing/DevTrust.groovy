package io.clausewarden.testing

import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManagerFactory
import java.nio.file.Files
import java.nio.file.Path
import java.security.KeyStore

/** A TLS 1.3 client context that trusts exactly the development CA of a data directory ({@code tls/truststore.p12}). */
class DevTrust {
    static SSLContext context(Path dataDir) {
        Path tls = dataDir.resolve('tls')
        char[] password = Files.readString(tls.resolve('keystore.password')).trim().toCharArray()
        KeyStore trust = KeyStore.getInstance('PKCS12')
        Files.newInputStream(tls.resolve('truststore.p12')).withCloseable { trust.load(it, password) }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.defaultAlgorithm)
        factory.init(trust)
        SSLContext context = SSLContext.getInstance('TLSv1.3')
        context.init(null, factory.trustManagers, null)
        context
    }
}
